from enum import StrEnum


class TaxReductionJobType(StrEnum):
    ROTCONSTRUCTION = "rotConstruction"
    ROTELECTRICITY = "rotElectricity"
    ROTGLASSPLATE = "rotGlassPlate"
    ROTPAINTING = "rotPainting"
    ROTPLUMBING = "rotPlumbing"
    ROTSOILWORK = "rotSoilWork"
    ROTSWEEPING = "rotSweeping"
    RUTCHILDSERVICES = "rutChildServices"
    RUTCLEANING = "rutCleaning"
    RUTCLOTHINGCARE = "rutClothingCare"
    RUTDATAITSERVICES = "rutDataITServices"
    RUTFURNISHING = "rutFurnishing"
    RUTGARDENING = "rutGardening"
    RUTHOUSINGSUPERVISION = "rutHousingSupervision"
    RUTPERSONALHELPCARE = "rutPersonalHelpCare"
    RUTREMOVALSERVICES = "rutRemovalServices"
    RUTREPAIR = "rutRepair"
    RUTSNOW = "rutSnow"
    RUTTRANSPORTOFHOUSEHOLDGOODS = "rutTransportOfHouseholdGoods"
    RUTWATERWASHINGOFTEXTILES = "rutWaterWashingOfTextiles"

    def __str__(self) -> str:
        return str(self.value)
