"""The sandbox's agency tenant: an accounting agency (byrå) with staff and client companies.

Users are kept once (:attr:`Agency.people`, by id) and belong to the agency (:attr:`Agency.members`)
and to client companies (:attr:`Agency.company_members`). A client company is an ordinary
sandbox company (:class:`~.state.State`), so the Company API serves it like the first one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from .state import Record

__all__ = ["Agency"]


@dataclass
class Agency:
    id: str
    name: str
    organization_number: str
    people: dict[str, Record] = field(default_factory=dict[str, Record])
    """Every user the agency knows, by id: ``{id, email, name, status}``."""
    members: list[str] = field(default_factory=list[str])
    """The agency's staff (user ids); the first is its owner, who cannot be removed."""
    clients: dict[str, Record] = field(default_factory=dict[str, Record])
    """Client companies by id, as the Agency API shows them, in the order they became clients."""
    company_members: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    """Client company id -> its users (ids)."""
    company_owners: dict[str, str] = field(default_factory=dict[str, str])
    """Client company id -> the user who owns it."""
    invitations: dict[str, Record] = field(default_factory=dict[str, Record])
    company_invitations: dict[str, dict[str, Record]] = field(default_factory=dict[str, dict[str, Record]])
    connections: dict[str, Record] = field(default_factory=dict[str, Record])
    """The integration's agency connections, by agency id (only this agency exists)."""

    def information(self) -> Record:
        return {"id": self.id, "name": self.name, "organizationNumber": self.organization_number}

    def add_person(self, email: str, name: str | None = None) -> Record:
        """The user with this e-mail address, created when new."""
        for person in self.people.values():
            if person["email"] == email:
                return person
        added: Record = {"id": str(uuid.uuid4()), "email": email, "name": name, "status": "active"}
        self.people[added["id"]] = added
        return added

    def add_member(self, email: str, name: str | None = None) -> Record:
        person = self.add_person(email, name)
        if person["id"] not in self.members:
            self.members.append(person["id"])
        return person

    def member_by_email(self, email: str) -> Record | None:
        return next((self.people[i] for i in self.members if self.people[i]["email"].lower() == email.lower()), None)
