from enum import StrEnum


class CompanyType(StrEnum):
    COMMUNITYASSOCIATION = "communityAssociation"
    COOPERATIVE = "cooperative"
    LIMITEDCOMPANY = "limitedCompany"
    LIMITEDPARTNERSHIP = "limitedPartnership"
    NONPROFITASSOCIATION = "nonProfitAssociation"
    NOTSET = "notSet"
    PARTNERSHIP = "partnership"
    PROPRIETORSHIP = "proprietorship"
    RELIGIOUSCOMMUNITY = "religiousCommunity"

    def __str__(self) -> str:
        return str(self.value)
