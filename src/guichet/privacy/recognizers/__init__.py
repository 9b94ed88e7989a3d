"""French recognisers for personal data, as Presidio recognisers (see `base` for how a pattern is read)."""

from presidio_analyzer import LocalRecognizer

from guichet.privacy.recognizers.accounts import (
    AccountEndRecognizer,
    ElidedIbanRecognizer,
    GroupedCardRecognizer,
    MaskedCardRecognizer,
    MaskedIbanRecognizer,
)
from guichet.privacy.recognizers.aside_names import AsideNameRecognizer
from guichet.privacy.recognizers.birth_country import BirthCountryRecognizer
from guichet.privacy.recognizers.birthplace import BirthplaceRecognizer
from guichet.privacy.recognizers.birthplace_hedged import HedgedBirthplaceRecognizer
from guichet.privacy.recognizers.capital_firms import CapitalFirmRecognizer
from guichet.privacy.recognizers.care import CareInstitutionRecognizer
from guichet.privacy.recognizers.chez_signs import ChezSignRecognizer
from guichet.privacy.recognizers.contact import (
    AddressRecognizer,
    BirthDateRecognizer,
    EmailRecognizer,
    EventDateRecognizer,
    HouseNumberRecognizer,
    LifeYearRecognizer,
    OtherScriptRecognizer,
    PhoneRecognizer,
)
from guichet.privacy.recognizers.days import DayAloneRecognizer, ExpiryDateRecognizer
from guichet.privacy.recognizers.employer import EmployerRecognizer
from guichet.privacy.recognizers.erie_firms import ErieFirmRecognizer
from guichet.privacy.recognizers.firm_forms import FirmFormRecognizer
from guichet.privacy.recognizers.firm_suffix import FirmSuffixRecognizer
from guichet.privacy.recognizers.foreign_names import ForeignNameRecognizer
from guichet.privacy.recognizers.form_fields import FormFieldRecognizer
from guichet.privacy.recognizers.handle_names import HandleNameRecognizer
from guichet.privacy.recognizers.housing import EstateJobEmployerRecognizer, ResidenceNameRecognizer
from guichet.privacy.recognizers.identifiers import (
    AllocataireRecognizer,
    FranceTravailRecognizer,
    IbanRecognizer,
    NirRecognizer,
    NumeroFiscalRecognizer,
    PassportRecognizer,
    PlateRecognizer,
    RibRecognizer,
    SirenRecognizer,
    SiretRecognizer,
)
from guichet.privacy.recognizers.initials_hamlets import InitialHamletRecognizer
from guichet.privacy.recognizers.intro_names import IntroNameRecognizer
from guichet.privacy.recognizers.kin_names import RelativeNameRecognizer
from guichet.privacy.recognizers.local_names import KinNameRecognizer, MuhammadAbbreviationRecognizer, TribeRecognizer
from guichet.privacy.recognizers.married_names import MarriedNameRecognizer
from guichet.privacy.recognizers.numbers import DigitRunRecognizer, SpokenNumberRecognizer, SpokenPhoneRecognizer
from guichet.privacy.recognizers.own_shops import OwnShopRecognizer
from guichet.privacy.recognizers.owner_signs import OwnerSignRecognizer
from guichet.privacy.recognizers.paper_employers import (
    AbbreviatedBirthDateRecognizer,
    AbbreviatedBirthplaceRecognizer,
    PaperEmployerRecognizer,
)
from guichet.privacy.recognizers.parcels import ParcelRecognizer
from guichet.privacy.recognizers.private_workplaces import PrivateWorkplaceRecognizer
from guichet.privacy.recognizers.professional_numbers import ProfessionalNumberRecognizer
from guichet.privacy.recognizers.professionals import ProfessionalNameRecognizer
from guichet.privacy.recognizers.public_employer import PublicEmployerRecognizer
from guichet.privacy.recognizers.quoted_signatures import QuotedSignatureRecognizer
from guichet.privacy.recognizers.references import CodeRecognizer, LongNumberRecognizer, ReferenceRecognizer
from guichet.privacy.recognizers.short_ids import ShortIdRecognizer
from guichet.privacy.recognizers.things import (
    BoatNameRecognizer,
    LicenceNumberRecognizer,
    NamedSiteRecognizer,
    OnlineNameRecognizer,
    PersonalCodeRecognizer,
    PrisonerNumberRecognizer,
    UnitNumberRecognizer,
    UnquotedBoatNameRecognizer,
)
from guichet.privacy.recognizers.trade_names import TradeNameRecognizer
from guichet.privacy.recognizers.transport_firms import TransportFirmRecognizer
from guichet.privacy.recognizers.vehicle_plates import VehiclePlateRecognizer
from guichet.privacy.recognizers.workplaces import BuildingResidenceRecognizer, OwnJobFirmRecognizer

RECOGNIZERS: tuple[type[LocalRecognizer], ...] = (
    EmailRecognizer,
    PhoneRecognizer,
    NirRecognizer,
    IbanRecognizer,
    RibRecognizer,
    MaskedIbanRecognizer,
    MaskedCardRecognizer,
    AccountEndRecognizer,
    ElidedIbanRecognizer,
    GroupedCardRecognizer,
    SiretRecognizer,
    SirenRecognizer,
    NumeroFiscalRecognizer,
    AllocataireRecognizer,
    FranceTravailRecognizer,
    PassportRecognizer,
    PlateRecognizer,
    VehiclePlateRecognizer,
    ReferenceRecognizer,
    CodeRecognizer,
    LongNumberRecognizer,
    ProfessionalNumberRecognizer,
    DigitRunRecognizer,
    SpokenPhoneRecognizer,
    SpokenNumberRecognizer,
    AddressRecognizer,
    HouseNumberRecognizer,
    BirthDateRecognizer,
    BirthplaceRecognizer,
    HedgedBirthplaceRecognizer,
    BirthCountryRecognizer,
    EmployerRecognizer,
    PaperEmployerRecognizer,
    PrivateWorkplaceRecognizer,
    AbbreviatedBirthplaceRecognizer,
    AbbreviatedBirthDateRecognizer,
    FirmSuffixRecognizer,
    FirmFormRecognizer,
    OwnShopRecognizer,
    TradeNameRecognizer,
    ErieFirmRecognizer,  # (p158e)
    ChezSignRecognizer,  # (p158e)
    CapitalFirmRecognizer,  # (p166e)
    ShortIdRecognizer,  # (p171e)
    OwnerSignRecognizer,  # (p170e)
    QuotedSignatureRecognizer,  # (p175e)
    FormFieldRecognizer,  # (p186e)
    ResidenceNameRecognizer,
    EstateJobEmployerRecognizer,
    TransportFirmRecognizer,
    PublicEmployerRecognizer,
    CareInstitutionRecognizer,
    EventDateRecognizer,
    DayAloneRecognizer,
    ExpiryDateRecognizer,
    LifeYearRecognizer,
    OtherScriptRecognizer,
    UnitNumberRecognizer,
    ParcelRecognizer,
    LicenceNumberRecognizer,
    PersonalCodeRecognizer,
    OnlineNameRecognizer,
    NamedSiteRecognizer,
    BoatNameRecognizer,
    PrisonerNumberRecognizer,
    UnquotedBoatNameRecognizer,
    KinNameRecognizer,
    MuhammadAbbreviationRecognizer,
    TribeRecognizer,
    IntroNameRecognizer,  # (p174e)
    RelativeNameRecognizer,  # (p176e)
    InitialHamletRecognizer,  # (p179e)
    MarriedNameRecognizer,  # (p180e)
    HandleNameRecognizer,  # (p181e)
    AsideNameRecognizer,  # (p182e)
    ForeignNameRecognizer,  # (p187e)
    ProfessionalNameRecognizer,  # (p185e)
    OwnJobFirmRecognizer,  # (p191e)
    BuildingResidenceRecognizer,  # (p191e)
)
