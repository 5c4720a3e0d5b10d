from enum import StrEnum


class AgencyCompanyType(StrEnum):
    COMMUNITYASSOCIATION = "communityAssociation"
    COOPERATIVE = "cooperative"
    LIMITEDCOMPANY = "limitedCompany"
    LIMITEDPARTNERSHIP = "limitedPartnership"
    NONPROFITASSOCIATION = "nonProfitAssociation"
    PARTNERSHIP = "partnership"
    PROPRIETORSHIP = "proprietorship"
    RELIGIOUSCOMMUNITY = "religiousCommunity"

    def __str__(self) -> str:
        return str(self.value)
