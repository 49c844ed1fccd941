/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AddressPoolFields on AddressPool {\n    id\n    code\n    district\n    careOf\n    street\n    postcode\n    city\n    mailboxPrefix\n    active\n    mailboxesIssued\n  }\n": typeof types.AddressPoolFieldsFragmentDoc,
    "\n  query ResidentAddressPools {\n    residentAddressPools {\n      ...AddressPoolFields\n    }\n  }\n": typeof types.ResidentAddressPoolsDocument,
    "\n  mutation CreateResidentAddressPool($input: CreateAddressPoolInput!) {\n    createResidentAddressPool(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateResidentAddressPoolDocument,
    "\n  mutation UpdateResidentAddressPool($input: UpdateAddressPoolInput!) {\n    updateResidentAddressPool(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateResidentAddressPoolDocument,
    "\n  fragment ResidentMailItemFields on ResidentMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    scanUrl\n    scanMediaType\n    read\n    completedAt\n  }\n": typeof types.ResidentMailItemFieldsFragmentDoc,
    "\n  query MyResidentMail($page: PageInput) {\n    myResidentMail(page: $page) {\n      nodes {\n        ...ResidentMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myVirtualAddress {\n      id\n      mailbox\n      mailHandling\n    }\n  }\n": typeof types.MyResidentMailDocument,
    "\n  mutation MarkResidentMailRead($itemId: ID!, $read: Boolean!) {\n    markResidentMailRead(itemId: $itemId, read: $read) {\n      ...ResidentMailItemFields\n    }\n  }\n": typeof types.MarkResidentMailReadDocument,
    "\n  query StaffResidentMailbox($mailbox: String!) {\n    staffResidentMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      holderName\n      handling\n      recentItems {\n        ...ResidentMailItemFields\n      }\n    }\n  }\n": typeof types.StaffResidentMailboxDocument,
    "\n  mutation CompleteResidentMail($itemId: ID!) {\n    completeResidentMail(itemId: $itemId) {\n      ...ResidentMailItemFields\n    }\n  }\n": typeof types.CompleteResidentMailDocument,
    "\n  fragment AppointmentBookingFields on AppointmentBooking {\n    id\n    serviceId\n    office\n    serviceName\n    channel\n    status\n    startsAt\n    endsAt\n    bookerTimeZone\n    place\n    caseId\n    sequence\n    cancelReason\n    cancelledByStaff\n    bookerEmail\n    staffAccountId\n    staffEmail\n    homeVisitReason\n    visitAddress\n    visitDistrict\n    onBehalfOfName\n    consentRecordedAt\n  }\n": typeof types.AppointmentBookingFieldsFragmentDoc,
    "\n  query AppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      nameLanguage\n      durationMinutes\n      seats\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n": typeof types.AppointmentServicesDocument,
    "\n  query AppointmentSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n": typeof types.AppointmentSlotsDocument,
    "\n  query MyAppointmentCases {\n    myAppointmentCases {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n": typeof types.MyAppointmentCasesDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  query MyAppointments {\n    myAppointments {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation MoveAppointment($id: ID!, $startsAt: DateTime!) {\n    moveAppointment(id: $id, startsAt: $startsAt) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.MoveAppointmentDocument,
    "\n  query AppointmentByLink($token: String!, $language: String!) {\n    appointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.AppointmentByLinkDocument,
    "\n  mutation CancelAppointmentByLink($token: String!, $language: String!) {\n    cancelAppointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.CancelAppointmentByLinkDocument,
    "\n  mutation MoveAppointmentByLink($token: String!, $startsAt: DateTime!, $language: String!) {\n    moveAppointmentByLink(token: $token, startsAt: $startsAt, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.MoveAppointmentByLinkDocument,
    "\n  query MyAppointmentOffices {\n    myAppointmentOffices\n  }\n": typeof types.MyAppointmentOfficesDocument,
    "\n  query StaffAppointmentDay($day: String!) {\n    staffAppointmentDay(day: $day) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.StaffAppointmentDayDocument,
    "\n  mutation MarkAppointmentAttendance($id: ID!, $attended: Boolean!) {\n    markAppointmentAttendance(id: $id, attended: $attended) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.MarkAppointmentAttendanceDocument,
    "\n  mutation StaffCancelAppointment($id: ID!, $reason: String!) {\n    staffCancelAppointment(id: $id, reason: $reason) {\n      ...AppointmentBookingFields\n    }\n  }\n": typeof types.StaffCancelAppointmentDocument,
    "\n  query MyAppointmentHours($office: AppointmentOffice!) {\n    myAppointmentHours(office: $office) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n    myAppointmentTimeOff(office: $office) {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n  }\n": typeof types.MyAppointmentHoursDocument,
    "\n  mutation SetMyAppointmentHours($office: AppointmentOffice!, $hours: [AppointmentOpeningHoursInput!]!) {\n    setMyAppointmentHours(office: $office, hours: $hours) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.SetMyAppointmentHoursDocument,
    "\n  mutation AddMyAppointmentTimeOff($input: AppointmentTimeOffInput!) {\n    addMyAppointmentTimeOff(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMyAppointmentTimeOffDocument,
    "\n  mutation RemoveMyAppointmentTimeOff($id: ID!) {\n    removeMyAppointmentTimeOff(id: $id)\n  }\n": typeof types.RemoveMyAppointmentTimeOffDocument,
    "\n  query StaffHomeVisitPlan($day: String!) {\n    staffHomeVisitPlan(day: $day) {\n      district\n      visits {\n        ...AppointmentBookingFields\n      }\n    }\n  }\n": typeof types.StaffHomeVisitPlanDocument,
    "\n  query StaffAppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      names {\n        language\n        name\n      }\n      durationMinutes\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      seats\n      minNoticeMinutes\n      bookingWindowDays\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n": typeof types.StaffAppointmentServicesDocument,
    "\n  mutation SaveAppointmentService($id: ID, $input: AppointmentServiceInput!) {\n    saveAppointmentService(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SaveAppointmentServiceDocument,
    "\n  fragment CaseSummaryFields on BackofficeCase {\n    id\n    kind\n    subjectId\n    status\n    outcome\n    createdAt\n    dueAt\n    overdue\n    applicant {\n      id\n      email\n    }\n    assignee {\n      id\n      email\n    }\n    facets {\n      name\n      value\n    }\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  query BackofficeCases($filter: BackofficeCaseFilter, $page: PageInput) {\n    backofficeCases(filter: $filter, page: $page) {\n      nodes {\n        ...CaseSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BackofficeCasesDocument,
    "\n  query BackofficeCase($id: ID!) {\n    backofficeCase(id: $id) {\n      ...CaseSummaryFields\n      rejectionReasons\n      timeline {\n        id\n        type\n        occurredAt\n        reasonCode\n        message\n        findings\n        fileName\n        actor {\n          id\n          email\n        }\n        assignee {\n          id\n          email\n        }\n      }\n      residencyApplication {\n        ...ResidencyApplicationFields\n      }\n    }\n  }\n": typeof types.BackofficeCaseDocument,
    "\n  query BackofficeAssignees($kind: String!) {\n    backofficeAssignees(kind: $kind) {\n      id\n      email\n    }\n  }\n": typeof types.BackofficeAssigneesDocument,
    "\n  mutation ClaimBackofficeCase($id: ID!) {\n    claimBackofficeCase(id: $id) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.ClaimBackofficeCaseDocument,
    "\n  mutation AssignBackofficeCase($id: ID!, $assigneeId: ID) {\n    assignBackofficeCase(id: $id, assigneeId: $assigneeId) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.AssignBackofficeCaseDocument,
    "\n  mutation DecideBackofficeCase($input: DecideBackofficeCaseInput!) {\n    decideBackofficeCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.DecideBackofficeCaseDocument,
    "\n  query BackofficeCaseKinds {\n    backofficeCaseKinds\n  }\n": typeof types.BackofficeCaseKindsDocument,
    "\n  query BackofficeStatistics($filter: StatisticsFilter!) {\n    backofficeStatistics(filter: $filter) {\n      key\n      labelKind\n      columns\n      byDistrict\n      rows {\n        label\n        values\n      }\n    }\n  }\n": typeof types.BackofficeStatisticsDocument,
    "\n  subscription BackofficeQueueChanged {\n    backofficeQueueChanged {\n      caseId\n      kind\n      change\n      resync\n    }\n  }\n": typeof types.BackofficeQueueChangedDocument,
    "\n  fragment PartnerBankFields on PartnerBank {\n    id\n    code\n    name\n    bic\n    bankCode\n    sandbox\n  }\n": typeof types.PartnerBankFieldsFragmentDoc,
    "\n  fragment BankApplicationFields on BankAccountApplication {\n    id\n    status\n    statusChangedAt\n    iban\n    ibanFormatted\n    declineReason\n    consentGivenAt\n    kycPackageSha256\n    handedOverAt\n    createdAt\n    bank {\n      ...PartnerBankFields\n    }\n    documentRequests {\n      id\n      documentKind\n      bankMessage\n      status\n      answerText\n      answeredAt\n      forwardedAt\n      attachment {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n": typeof types.BankApplicationFieldsFragmentDoc,
    "\n  query BankAccountPage($companyId: ID!) {\n    partnerBanks {\n      ...PartnerBankFields\n    }\n    bankAccountApplications(companyId: $companyId) {\n      ...BankApplicationFields\n    }\n  }\n": typeof types.BankAccountPageDocument,
    "\n  query BankKycPreview($companyId: ID!) {\n    bankAccountKycPreview(companyId: $companyId) {\n      consentTextVersion\n      contentSha256\n      company {\n        legalName\n        legalForm\n        countryCode\n        registerName\n        registerNumber\n        vatId\n        website\n        mainActivity\n        headOffice {\n          street\n          postcode\n          city\n          countryCode\n        }\n      }\n      registerExtract {\n        fileName\n        sizeBytes\n        sha256\n      }\n      representatives {\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        placeOfBirth\n        assuranceLevel\n        verificationMethod\n      }\n      tradeRegistration {\n        status\n        registrationNumber\n        wzCode\n        wzTitle\n        activityDescription\n        startDate\n      }\n    }\n  }\n": typeof types.BankKycPreviewDocument,
    "\n  mutation ApplyForBankAccount($input: ApplyForBankAccountInput!) {\n    applyForBankAccount(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n": typeof types.ApplyForBankAccountDocument,
    "\n  mutation AnswerBankDocumentRequest($input: AnswerBankDocumentRequestInput!) {\n    answerBankDocumentRequest(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n": typeof types.AnswerBankDocumentRequestDocument,
    "\n  query AdministeredPartnerBanks {\n    administeredPartnerBanks {\n      id\n      code\n      name\n      bic\n      bankCode\n      apiBaseUrl\n      webhookPath\n      sandbox\n      active\n    }\n  }\n": typeof types.AdministeredPartnerBanksDocument,
    "\n  mutation CreatePartnerBank($input: CreatePartnerBankInput!) {\n    createPartnerBank(input: $input) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreatePartnerBankDocument,
    "\n  mutation UpdatePartnerBank($input: UpdatePartnerBankInput!) {\n    updatePartnerBank(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePartnerBankDocument,
    "\n  mutation RotatePartnerBankSecret($id: ID!) {\n    rotatePartnerBankSecret(id: $id) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RotatePartnerBankSecretDocument,
    "\n  fragment ForwardingAddressFields on ForwardingAddress {\n    name\n    street\n    postcode\n    city\n    country\n  }\n": typeof types.ForwardingAddressFieldsFragmentDoc,
    "\n  fragment BusinessMailServiceFields on BusinessMailService {\n    id\n    status\n    mailHandling\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    monthlyFeeCents\n    paymentSubjectType\n    paymentSubjectId\n    paidUntil\n    activatedAt\n    cancelledAt\n  }\n": typeof types.BusinessMailServiceFieldsFragmentDoc,
    "\n  fragment CompanyBusinessAddressFields on CompanyBusinessAddress {\n    id\n    establishmentId\n    servicePointCode\n    servicePointName\n    mailbox\n    lines\n    allocatedAt\n    currentMonthlyFeeCents\n    currency\n    service {\n      ...BusinessMailServiceFields\n    }\n  }\n": typeof types.CompanyBusinessAddressFieldsFragmentDoc,
    "\n  fragment BusinessMailItemFields on BusinessMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    scanUrl\n    scanMediaType\n    scanSizeBytes\n    read\n    completedAt\n  }\n": typeof types.BusinessMailItemFieldsFragmentDoc,
    "\n  query CompanyBusinessAddresses($companyId: ID!) {\n    companyBusinessAddresses(companyId: $companyId) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n": typeof types.CompanyBusinessAddressesDocument,
    "\n  mutation SetUpBusinessMailService($input: BusinessMailServiceInput!) {\n    setUpBusinessMailService(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n": typeof types.SetUpBusinessMailServiceDocument,
    "\n  mutation ChangeBusinessMailHandling($input: BusinessMailServiceInput!) {\n    changeBusinessMailHandling(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n": typeof types.ChangeBusinessMailHandlingDocument,
    "\n  query CompanyMail($companyId: ID!, $page: PageInput) {\n    companyMail(companyId: $companyId, page: $page) {\n      nodes {\n        ...BusinessMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CompanyMailDocument,
    "\n  mutation MarkBusinessMailRead($itemId: ID!) {\n    markBusinessMailRead(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n": typeof types.MarkBusinessMailReadDocument,
    "\n  query StaffBusinessMailbox($mailbox: String!) {\n    staffBusinessMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      companyName\n      lines\n      serviceStatus\n      handling\n      forwardingAddress {\n        ...ForwardingAddressFields\n      }\n      recentItems {\n        ...BusinessMailItemFields\n      }\n    }\n  }\n": typeof types.StaffBusinessMailboxDocument,
    "\n  mutation CompleteBusinessMail($itemId: ID!) {\n    completeBusinessMail(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n": typeof types.CompleteBusinessMailDocument,
    "\n  query AdministeredServicePoints {\n    administeredServicePoints {\n      ...AddressPoolFields\n    }\n  }\n": typeof types.AdministeredServicePointsDocument,
    "\n  mutation CreateServicePoint($input: CreateAddressPoolInput!) {\n    createServicePoint(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateServicePointDocument,
    "\n  mutation UpdateServicePoint($input: UpdateAddressPoolInput!) {\n    updateServicePoint(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateServicePointDocument,
    "\n  fragment CardFields on CitizenCard {\n    id\n    number\n    holderName\n    holderNameVerified\n    categories\n    district\n    validFrom\n    validUntil\n    status\n    statusReason\n    entitlementStatus\n    replacedByCardId\n    createdAt\n  }\n": typeof types.CardFieldsFragmentDoc,
    "\n  fragment CardRequestFields on CardRequest {\n    id\n    status\n    holderName\n    feeCents\n    paymentSubjectType\n    cardId\n    createdAt\n  }\n": typeof types.CardRequestFieldsFragmentDoc,
    "\n  query MyCards {\n    myCitizenCards {\n      ...CardFields\n      deviceCredential {\n        id\n        cardId\n        credential\n        statusListIndex\n      }\n    }\n    myCardRequests {\n      ...CardRequestFields\n    }\n  }\n": typeof types.MyCardsDocument,
    "\n  mutation RequestCitizenCard($input: RequestCitizenCardInput!) {\n    requestCitizenCard(input: $input) {\n      ...CardRequestFields\n    }\n  }\n": typeof types.RequestCitizenCardDocument,
    "\n  mutation ActivateCardOnDevice($input: ActivateCardInput!) {\n    activateCardOnDevice(input: $input) {\n      id\n      cardId\n      credential\n      statusListIndex\n    }\n  }\n": typeof types.ActivateCardOnDeviceDocument,
    "\n  mutation ReportCardLost($cardId: ID!) {\n    reportCardLost(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n": typeof types.ReportCardLostDocument,
    "\n  mutation ReplaceCitizenCard($cardId: ID!) {\n    replaceCitizenCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n": typeof types.ReplaceCitizenCardDocument,
    "\n  query CitizenCardByNumber($number: String!) {\n    citizenCardByNumber(number: $number) {\n      ...CardFields\n    }\n  }\n": typeof types.CitizenCardByNumberDocument,
    "\n  mutation SuspendCitizenCard($input: CardStatusChangeInput!) {\n    card: suspendCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n": typeof types.SuspendCitizenCardDocument,
    "\n  mutation ResumeCitizenCard($input: CardStatusChangeInput!) {\n    card: resumeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n": typeof types.ResumeCitizenCardDocument,
    "\n  mutation RevokeCitizenCard($input: CardStatusChangeInput!) {\n    card: revokeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n": typeof types.RevokeCitizenCardDocument,
    "\n  mutation RenewCitizenCard($cardId: ID!) {\n    renewCitizenCard(cardId: $cardId) {\n      validUntil\n    }\n  }\n": typeof types.RenewCitizenCardDocument,
    "\n  query CardResidencyStatus {\n    myResidency {\n      id\n      status\n    }\n    myResidencyApplications {\n      id\n      status\n    }\n  }\n": typeof types.CardResidencyStatusDocument,
    "\n  mutation CreateCardWalletOffer($cardId: ID!) {\n    createCardWalletOffer(cardId: $cardId) {\n      offerUri\n      expiresAt\n    }\n  }\n": typeof types.CreateCardWalletOfferDocument,
    "\n  fragment GrowthPlanFields on GrowthPlan {\n    id\n    companyId\n    establishmentId\n    kind\n    stage\n    establishmentStatus\n    businessAddressLines\n    checklist {\n      item\n      required\n      fileName\n      mediaType\n      uploadedAt\n      path\n    }\n    subsidiary {\n      name\n      legalForm\n      shareCapitalCents\n      articles\n      shareholders {\n        name\n        countryCode\n        nominalCents\n        isParentCompany\n      }\n      managingDirectorAccountIds\n    }\n    onlineNotarisation {\n      accountId\n      givenName\n      familyName\n      method\n      nationality\n      eligible\n      reason\n    }\n    businessStartDate\n    deadlines {\n      kind\n      dueOn\n      doneAt\n      remindedAt\n    }\n    packages {\n      package\n      pdfPath\n      jsonPath\n    }\n    handedOverAt\n    registerCourt\n    registerNumber\n    registeredAt\n    updatedAt\n  }\n": typeof types.GrowthPlanFieldsFragmentDoc,
    "\n  query CompanyGrowthPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      myRole\n      representatives {\n        accountId\n        role\n        givenName\n        familyName\n        email\n      }\n      establishments {\n        id\n        kind\n        status\n      }\n    }\n    companyGrowth(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.CompanyGrowthPageDocument,
    "\n  mutation StartBranch($companyId: ID!) {\n    startBranch(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.StartBranchDocument,
    "\n  mutation SaveSubsidiary($input: SaveSubsidiaryInput!) {\n    saveSubsidiary(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.SaveSubsidiaryDocument,
    "\n  mutation HandOverGrowthPlan($planId: ID!) {\n    handOverGrowthPlan(planId: $planId) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.HandOverGrowthPlanDocument,
    "\n  mutation RecordGrowthRegistration($input: RecordGrowthRegistrationInput!) {\n    recordGrowthRegistration(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.RecordGrowthRegistrationDocument,
    "\n  mutation SetGrowthBusinessStart($planId: ID!, $date: String!) {\n    setGrowthBusinessStart(planId: $planId, date: $date) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.SetGrowthBusinessStartDocument,
    "\n  mutation MarkGrowthDeadline($input: GrowthDeadlineInput!) {\n    markGrowthDeadline(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n": typeof types.MarkGrowthDeadlineDocument,
    "\n  mutation StartBranchTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      id\n      establishmentId\n      status\n    }\n  }\n": typeof types.StartBranchTradeRegistrationDocument,
    "\n  query GrowingCompanies {\n    growingCompanies {\n      companyId\n      legalName\n      countryCode\n      planId\n      kind\n      stage\n      updatedAt\n    }\n  }\n": typeof types.GrowingCompaniesDocument,
    "\n  mutation MessageGrowingCompany($input: GrowthOfficeMessageInput!) {\n    messageGrowingCompany(input: $input)\n  }\n": typeof types.MessageGrowingCompanyDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    legalName\n    legalForm\n    countryCode\n    countryName\n    registerName\n    registerNumber\n    vatId\n    website\n    mainActivity\n    myRole\n    createdAt\n    headOffice {\n      street\n      postcode\n      city\n      countryCode\n      countryName\n    }\n    vatCheck {\n      ...VatCheckFields\n    }\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  fragment VatCheckFields on CompanyVatCheck {\n    vatId\n    status\n    registeredName\n    registeredAddress\n    requestIdentifier\n    checkedAt\n    attempts\n    lastError\n    nextAttemptAt\n    recheckInSeconds\n  }\n": typeof types.VatCheckFieldsFragmentDoc,
    "\n  query CompanyTaxIdFormat($countryCode: String!) {\n    companyTaxIdFormat(countryCode: $countryCode) {\n      kind\n      example\n      checkedWithVies\n    }\n  }\n": typeof types.CompanyTaxIdFormatDocument,
    "\n  mutation RecheckCompanyVat($companyId: ID!) {\n    recheckCompanyVat(companyId: $companyId) {\n      ...VatCheckFields\n    }\n  }\n": typeof types.RecheckCompanyVatDocument,
    "\n  fragment StepFields on OnboardingStepState {\n    step\n    status\n    updatedAt\n    detailKey\n    link\n    documents {\n      labelKey\n      url\n    }\n  }\n": typeof types.StepFieldsFragmentDoc,
    "\n  fragment JourneyFields on OnboardingJourney {\n    id\n    companyId\n    nextStep\n    doneSteps\n    totalSteps\n    elapsedSeconds\n    state\n    startedAt\n    lastActivityAt\n    completedAt\n    steps {\n      ...StepFields\n    }\n  }\n": typeof types.JourneyFieldsFragmentDoc,
    "\n  query MyCompanies {\n    myCompanies {\n      ...CompanyFields\n    }\n  }\n": typeof types.MyCompaniesDocument,
    "\n  query CompanyLegalForms($countryCode: String!) {\n    companyLegalForms(countryCode: $countryCode)\n  }\n": typeof types.CompanyLegalFormsDocument,
    "\n  query OnboardingStartSteps {\n    onboardingStartSteps {\n      ...StepFields\n    }\n  }\n": typeof types.OnboardingStartStepsDocument,
    "\n  subscription CompanyJourneyChanged($companyId: ID!) {\n    companyJourneyChanged(companyId: $companyId) {\n      ...JourneyFields\n    }\n  }\n": typeof types.CompanyJourneyChangedDocument,
    "\n  query CompanyDashboard($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyFields\n      representatives {\n        accountId\n        role\n        since\n        email\n        givenName\n        familyName\n        identityVerified\n      }\n      invitations {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n      }\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n      registerExtract {\n        fileName\n        mediaType\n        sizeBytes\n        uploadedAt\n        downloadPath\n      }\n    }\n    companyJourney(companyId: $companyId) {\n      ...JourneyFields\n    }\n    # The growth phase and the office's latest messages come with the dashboard in the same request,\n    # not after it (CompanyMailboxSummary reads these from the cache).\n    companyGrowth(companyId: $companyId) {\n      id\n      kind\n      stage\n      establishmentStatus\n    }\n    latestOfficeMessages(companyId: $companyId, first: 3) {\n      ...SecureMessageFields\n    }\n  }\n": typeof types.CompanyDashboardDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation RecordJourneyActivity($input: JourneyActivityInput!) {\n    recordJourneyActivity(input: $input) {\n      elapsedSeconds\n      heartbeatSeconds\n    }\n  }\n": typeof types.RecordJourneyActivityDocument,
    "\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InviteRepresentativeDocument,
    "\n  mutation RevokeCompanyInvitation($invitationId: ID!) {\n    revokeCompanyInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeCompanyInvitationDocument,
    "\n  mutation RemoveCompanyRepresentative($companyId: ID!, $accountId: ID!) {\n    removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) {\n      id\n    }\n  }\n": typeof types.RemoveCompanyRepresentativeDocument,
    "\n  query CompanyInvitationPreview($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.CompanyInvitationPreviewDocument,
    "\n  mutation AcceptCompanyInvitation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      ...CompanyFields\n    }\n  }\n": typeof types.AcceptCompanyInvitationDocument,
    "\n  query BusinessServicePointsForEstablishment {\n    businessServicePoints {\n      code\n      name\n      lines\n    }\n  }\n": typeof types.BusinessServicePointsForEstablishmentDocument,
    "\n  query CompanyEstablishments($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n    }\n  }\n": typeof types.CompanyEstablishmentsDocument,
    "\n  mutation CreateEstablishment($input: CreateEstablishmentInput!) {\n    createEstablishment(input: $input) {\n      id\n      companyId\n      kind\n      status\n      servicePointCode\n      businessAddressLines\n      createdAt\n    }\n  }\n": typeof types.CreateEstablishmentDocument,
    "\n  query OnboardingJourneys($state: OnboardingJourneyState, $after: String) {\n    onboardingJourneys(filter: { state: $state }, page: { first: 20, after: $after }) {\n      nodes {\n        ...JourneyFields\n        company {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OnboardingJourneysDocument,
    "\n  fragment ConsultationRoomFields on ConsultationRoom {\n    bookingId\n    role\n    roomToken\n    tokenExpiresAt\n    startsAt\n    endsAt\n    opensAt\n    closesAt\n    mediaMode\n    iceServers {\n      urls\n      username\n      credential\n    }\n    callerTerminal {\n      name\n      location\n    }\n  }\n": typeof types.ConsultationRoomFieldsFragmentDoc,
    "\n  mutation JoinConsultationRoom($bookingId: ID!) {\n    joinConsultationRoom(bookingId: $bookingId) {\n      ...ConsultationRoomFields\n    }\n  }\n": typeof types.JoinConsultationRoomDocument,
    "\n  mutation JoinTalkNowRoom($callId: ID!) {\n    joinTalkNowRoom(callId: $callId) {\n      ...ConsultationRoomFields\n    }\n  }\n": typeof types.JoinTalkNowRoomDocument,
    "\n  mutation SendConsultationSignal($roomToken: String!, $kind: ConsultationSignalKind!, $payload: String) {\n    sendConsultationSignal(roomToken: $roomToken, kind: $kind, payload: $payload)\n  }\n": typeof types.SendConsultationSignalDocument,
    "\n  subscription ConsultationSignals($roomToken: String!) {\n    consultationSignals(roomToken: $roomToken) {\n      kind\n      payload\n      sentAt\n    }\n  }\n": typeof types.ConsultationSignalsDocument,
    "\n  query TalkNowAvailability($office: AppointmentOffice!) {\n    talkNowAvailability(office: $office) {\n      office\n      available\n      staffOnDuty\n      waiting\n    }\n  }\n": typeof types.TalkNowAvailabilityDocument,
    "\n  fragment TalkNowRequestFields on TalkNowRequest {\n    id\n    office\n    status\n    ahead\n    roomId\n    requestedAt\n    takenAt\n  }\n": typeof types.TalkNowRequestFieldsFragmentDoc,
    "\n  mutation RequestTalkNow($office: AppointmentOffice!) {\n    requestTalkNow(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n": typeof types.RequestTalkNowDocument,
    "\n  query MyTalkNowRequest($id: ID!) {\n    myTalkNowRequest(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n": typeof types.MyTalkNowRequestDocument,
    "\n  mutation CancelTalkNow($id: ID!) {\n    cancelTalkNow(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n": typeof types.CancelTalkNowDocument,
    "\n  subscription TalkNowRequestChanged($id: ID!) {\n    talkNowRequestChanged(id: $id) {\n      requestId\n      status\n      resync\n    }\n  }\n": typeof types.TalkNowRequestChangedDocument,
    "\n  fragment TalkNowDeskFields on TalkNowDesk {\n    office\n    onDuty\n    waiting\n    staffOnDuty\n    currentCall {\n      ...TalkNowRequestFields\n    }\n  }\n": typeof types.TalkNowDeskFieldsFragmentDoc,
    "\n  query TalkNowDesk($office: AppointmentOffice!) {\n    talkNowDesk(office: $office) {\n      ...TalkNowDeskFields\n    }\n  }\n": typeof types.TalkNowDeskDocument,
    "\n  mutation SetTalkNowDuty($office: AppointmentOffice!, $onDuty: Boolean!) {\n    setTalkNowDuty(office: $office, onDuty: $onDuty) {\n      ...TalkNowDeskFields\n    }\n  }\n": typeof types.SetTalkNowDutyDocument,
    "\n  mutation TakeNextTalkNowCaller($office: AppointmentOffice!) {\n    takeNextTalkNowCaller(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n": typeof types.TakeNextTalkNowCallerDocument,
    "\n  subscription TalkNowQueueChanged($office: AppointmentOffice!) {\n    talkNowQueueChanged(office: $office) {\n      requestId\n      status\n      resync\n    }\n  }\n": typeof types.TalkNowQueueChangedDocument,
    "\n  query TalkNowVideoServices {\n    appointmentServices {\n      id\n      office\n      name\n      video\n      active\n    }\n  }\n": typeof types.TalkNowVideoServicesDocument,
    "\n  query TalkNowNextSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n": typeof types.TalkNowNextSlotsDocument,
    "\n  fragment InPersonIdentificationFields on InPersonIdentification {\n    id\n    status\n    bookingCode\n    rejectionReason\n    createdAt\n    decidedAt\n    servicePoint {\n      id\n      name\n      address\n      kind\n    }\n  }\n": typeof types.InPersonIdentificationFieldsFragmentDoc,
    "\n  fragment VideoIdentificationFields on VideoIdentification {\n    id\n    status\n    rejectionReason\n    createdAt\n    decidedAt\n  }\n": typeof types.VideoIdentificationFieldsFragmentDoc,
    "\n  fragment IdentityVerificationStatusFields on IdentityVerificationStatus {\n    assuranceLevel\n    videoIdentificationAvailable\n    videoIdentificationUrl\n    verifiedIdentity {\n      givenName\n      familyName\n      birthDate\n      nationality\n      placeOfBirth\n      level\n      method\n      verifiedAt\n    }\n    pendingVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    latestVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    inPersonIdentificationAvailable\n    servicePoints {\n      id\n      name\n      address\n      kind\n    }\n    latestInPersonIdentification {\n      ...InPersonIdentificationFields\n    }\n    assurancePolicy {\n      companyCreation\n      tradeRegistration\n      signatureCertificate\n    }\n    identificationMethods {\n      method\n      level\n      available\n      withoutEuEid\n      reachesEveryService\n    }\n  }\n": typeof types.IdentityVerificationStatusFieldsFragmentDoc,
    "\n  query MyIdentityVerification {\n    myIdentityVerification {\n      ...IdentityVerificationStatusFields\n    }\n  }\n": typeof types.MyIdentityVerificationDocument,
    "\n  subscription MyIdentityVerificationChanged {\n    myIdentityVerificationChanged {\n      ...IdentityVerificationStatusFields\n    }\n  }\n": typeof types.MyIdentityVerificationChangedDocument,
    "\n  mutation StartEidVerification($input: StartEidVerificationInput) {\n    startEidVerification(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n": typeof types.StartEidVerificationDocument,
    "\n  mutation StartVideoIdentification($input: StartVideoIdentificationInput) {\n    startVideoIdentification(input: $input) {\n      url\n      session {\n        ...VideoIdentificationFields\n      }\n    }\n  }\n": typeof types.StartVideoIdentificationDocument,
    "\n  mutation BookInPersonIdentification($input: BookInPersonIdentificationInput!) {\n    bookInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n": typeof types.BookInPersonIdentificationDocument,
    "\n  mutation CancelInPersonIdentification($id: ID!) {\n    cancelInPersonIdentification(id: $id) {\n      ...InPersonIdentificationFields\n    }\n  }\n": typeof types.CancelInPersonIdentificationDocument,
    "\n  query InPersonIdentificationByCode($bookingCode: String!) {\n    inPersonIdentificationByCode(bookingCode: $bookingCode) {\n      ...InPersonIdentificationFields\n    }\n  }\n": typeof types.InPersonIdentificationByCodeDocument,
    "\n  mutation ConfirmInPersonIdentification($input: ConfirmInPersonIdentificationInput!) {\n    confirmInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n": typeof types.ConfirmInPersonIdentificationDocument,
    "\n  mutation StartEidSignIn($input: StartEidSignInInput) {\n    startEidSignIn(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n": typeof types.StartEidSignInDocument,
    "\n  query PendingEidSignIn {\n    pendingEidSignIn {\n      givenName\n      familyName\n      level\n      expiresAt\n    }\n  }\n": typeof types.PendingEidSignInDocument,
    "\n  mutation OpenAccountWithEid($input: OpenAccountWithEidInput!) {\n    openAccountWithEid(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n": typeof types.OpenAccountWithEidDocument,
    "\n  mutation LinkEidToAccount($input: LinkEidToAccountInput!) {\n    linkEidToAccount(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LinkEidToAccountDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    preferredLanguage\n    roles\n    assuranceLevel\n    createdAt\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    account {\n      ...AccountFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  query AccountForRoles($input: EmailLookupInput!) {\n    accountForRoles(input: $input) {\n      id\n      email\n      emailVerified\n      roles\n      assuranceLevel\n    }\n  }\n": typeof types.AccountForRolesDocument,
    "\n  mutation GrantAccountRole($input: ChangeAccountRoleInput!) {\n    grantAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.GrantAccountRoleDocument,
    "\n  mutation WithdrawAccountRole($input: ChangeAccountRoleInput!) {\n    withdrawAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.WithdrawAccountRoleDocument,
    "\n  query RoleAssuranceRequirements {\n    roleAssuranceRequirements {\n      role\n      minimumAssurance\n    }\n  }\n": typeof types.RoleAssuranceRequirementsDocument,
    "\n  mutation SetRoleAssuranceRequirement($input: SetRoleAssuranceInput!) {\n    setRoleAssuranceRequirement(input: $input) {\n      role\n      minimumAssurance\n    }\n  }\n": typeof types.SetRoleAssuranceRequirementDocument,
    "\n  query KioskTerminal {\n    kioskTerminal {\n      name\n      location\n      idleSeconds\n      warningSeconds\n    }\n  }\n": typeof types.KioskTerminalDocument,
    "\n  mutation CreateKioskHandover($input: CreateKioskHandoverInput!) {\n    createKioskHandover(input: $input) {\n      code\n      path\n      expiresAt\n    }\n  }\n": typeof types.CreateKioskHandoverDocument,
    "\n  mutation RedeemKioskHandover($code: String!) {\n    redeemKioskHandover(code: $code) {\n      step\n      email\n      preferredLanguage\n      articleId\n    }\n  }\n": typeof types.RedeemKioskHandoverDocument,
    "\n  query KioskDevices {\n    kioskDevices {\n      id\n      name\n      location\n      district\n      office\n      createdAt\n      disabledAt\n      lastSeenAt\n    }\n  }\n": typeof types.KioskDevicesDocument,
    "\n  mutation RegisterKioskDevice($input: RegisterKioskDeviceInput!) {\n    registerKioskDevice(input: $input) {\n      enrolmentPath\n      device {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterKioskDeviceDocument,
    "\n  mutation DisableKioskDevice($id: ID!) {\n    disableKioskDevice(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.DisableKioskDeviceDocument,
    "\n  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {\n    submitAccessibilityFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n": typeof types.SubmitAccessibilityFeedbackDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      resync\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationsChangedDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query FailedEmails {\n    outboxEmails(status: failed, page: { first: 50 }) {\n      nodes {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FailedEmailsDocument,
    "\n  mutation RetryOutboxEmail($id: ID!) {\n    retryOutboxEmail(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetryOutboxEmailDocument,
    "\n  fragment ParticipationEventFields on ParticipationEvent {\n    id\n    title\n    titleLanguage\n    description\n    descriptionLanguage\n    titleDe\n    descriptionDe\n    translations {\n      language\n      title\n      description\n    }\n    kind\n    place\n    onlineUrl\n    startsAt\n    endsAt\n    capacity\n    registrationDeadline\n    status\n    sequence\n    seatsTaken\n    waitingCount\n    checkedInCount\n    calendarUrl\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    myRegistration {\n      id\n      status\n      waitingPosition\n      offerExpiresAt\n      checkedInAt\n    }\n  }\n": typeof types.ParticipationEventFieldsFragmentDoc,
    "\n  fragment ParticipationEventRegistrationFields on ParticipationEventRegistration {\n    id\n    eventId\n    status\n    waitingPosition\n    offerExpiresAt\n    checkedInAt\n    createdAt\n    email\n  }\n": typeof types.ParticipationEventRegistrationFieldsFragmentDoc,
    "\n  fragment ParticipationCheckInEntryFields on ParticipationCheckInEntry {\n    registrationId\n    cardIds\n    email\n    checkedInAt\n  }\n": typeof types.ParticipationCheckInEntryFieldsFragmentDoc,
    "\n  query ParticipationEvents {\n    participationEvents {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.ParticipationEventsDocument,
    "\n  query ParticipationEvent($id: ID!) {\n    participationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.ParticipationEventDocument,
    "\n  query StaffParticipationEvents {\n    staffParticipationEvents {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.StaffParticipationEventsDocument,
    "\n  query ParticipationEventRegistrations($eventId: ID!) {\n    participationEventRegistrations(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": typeof types.ParticipationEventRegistrationsDocument,
    "\n  query ParticipationEventCheckInList($eventId: ID!) {\n    participationEventCheckInList(eventId: $eventId) {\n      ...ParticipationCheckInEntryFields\n    }\n  }\n": typeof types.ParticipationEventCheckInListDocument,
    "\n  mutation CreateParticipationEvent($input: ParticipationEventInput!) {\n    createParticipationEvent(input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.CreateParticipationEventDocument,
    "\n  mutation UpdateParticipationEvent($id: ID!, $input: ParticipationEventInput!) {\n    updateParticipationEvent(id: $id, input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.UpdateParticipationEventDocument,
    "\n  mutation PublishParticipationEvent($id: ID!) {\n    publishParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.PublishParticipationEventDocument,
    "\n  mutation CancelParticipationEvent($id: ID!) {\n    cancelParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n": typeof types.CancelParticipationEventDocument,
    "\n  mutation RegisterForParticipationEvent($eventId: ID!) {\n    registerForParticipationEvent(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": typeof types.RegisterForParticipationEventDocument,
    "\n  mutation CancelParticipationEventRegistration($registrationId: ID!) {\n    cancelParticipationEventRegistration(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": typeof types.CancelParticipationEventRegistrationDocument,
    "\n  mutation ConfirmParticipationEventSeat($registrationId: ID!) {\n    confirmParticipationEventSeat(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": typeof types.ConfirmParticipationEventSeatDocument,
    "\n  mutation CheckInParticipationEventCard($eventId: ID!, $code: String!) {\n    checkInParticipationEventCard(eventId: $eventId, code: $code) {\n      outcome\n      reason\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n": typeof types.CheckInParticipationEventCardDocument,
    "\n  mutation CheckInParticipationEventRegistration($registrationId: ID!, $checkedInAt: DateTime) {\n    checkInParticipationEventRegistration(registrationId: $registrationId, checkedInAt: $checkedInAt) {\n      outcome\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n": typeof types.CheckInParticipationEventRegistrationDocument,
    "\n  fragment NewsArticleFields on NewsArticle {\n    id\n    title\n    titleLanguage\n    teaser\n    teaserLanguage\n    bodyHtml\n    bodyLanguage\n    topic\n    publishedAt\n    isPublic\n    imageUrl\n  }\n": typeof types.NewsArticleFieldsFragmentDoc,
    "\n  fragment StaffNewsArticleFields on StaffNewsArticle {\n    id\n    titleDe\n    teaserDe\n    bodyDe\n    translations {\n      language\n      title\n      teaser\n      body\n    }\n    topic\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    isPublic\n    status\n    publishAt\n    publishedAt\n    unpublishedAt\n    imageUrl\n    updatedAt\n  }\n": typeof types.StaffNewsArticleFieldsFragmentDoc,
    "\n  query NewsFeed($page: PageInput) {\n    newsFeed(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NewsFeedDocument,
    "\n  query PublicNews($page: PageInput) {\n    publicNews(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicNewsDocument,
    "\n  query NewsArticle($id: ID!) {\n    newsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n": typeof types.NewsArticleDocument,
    "\n  query PublicNewsArticle($id: ID!) {\n    publicNewsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n": typeof types.PublicNewsArticleDocument,
    "\n  query MyNewsEmailPreferences {\n    myNewsEmailPreferences {\n      topic\n      mode\n    }\n  }\n": typeof types.MyNewsEmailPreferencesDocument,
    "\n  mutation SetNewsEmailPreferences($preferences: [NewsEmailPreferenceInput!]!) {\n    setNewsEmailPreferences(preferences: $preferences) {\n      topic\n      mode\n    }\n  }\n": typeof types.SetNewsEmailPreferencesDocument,
    "\n  mutation UnsubscribeFromNews($input: UnsubscribeFromNewsInput!) {\n    unsubscribeFromNews(input: $input)\n  }\n": typeof types.UnsubscribeFromNewsDocument,
    "\n  query StaffNewsArticles($status: NewsStatus, $page: PageInput) {\n    staffNewsArticles(status: $status, page: $page) {\n      nodes {\n        ...StaffNewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffNewsArticlesDocument,
    "\n  query StaffNewsArticle($id: ID!) {\n    staffNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n": typeof types.StaffNewsArticleDocument,
    "\n  query NewsArticlePreview($id: ID!, $language: String!) {\n    newsArticlePreview(id: $id, language: $language) {\n      ...NewsArticleFields\n    }\n  }\n": typeof types.NewsArticlePreviewDocument,
    "\n  mutation CreateNewsArticle($input: NewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n": typeof types.CreateNewsArticleDocument,
    "\n  mutation UpdateNewsArticle($id: ID!, $input: NewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n": typeof types.UpdateNewsArticleDocument,
    "\n  mutation PublishNewsArticle($id: ID!) {\n    publishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n": typeof types.PublishNewsArticleDocument,
    "\n  mutation UnpublishNewsArticle($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n": typeof types.UnpublishNewsArticleDocument,
    "\n  mutation ScheduleNewsArticle($input: ScheduleNewsArticleInput!) {\n    scheduleNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n": typeof types.ScheduleNewsArticleDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    title {\n      text\n      language\n    }\n    intro {\n      text\n      language\n    }\n    opensAt\n    closesAt\n    state\n    resultsVisibleToParticipants\n    questions {\n      id\n      kind\n      required\n      text {\n        text\n        language\n      }\n      options {\n        id\n        text {\n          text\n          language\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabel {\n        text\n        language\n      }\n      scaleMaxLabel {\n        text\n        language\n      }\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  fragment StaffSurveyFields on StaffSurvey {\n    id\n    status\n    titleDe\n    introDe\n    translations {\n      language\n      title\n      intro\n    }\n    questions {\n      id\n      kind\n      required\n      texts {\n        language\n        text\n      }\n      options {\n        id\n        texts {\n          language\n          text\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabels {\n        language\n        text\n      }\n      scaleMaxLabels {\n        language\n        text\n      }\n    }\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    opensAt\n    closesAt\n    resultsVisibleToParticipants\n    publishedAt\n    closedAt\n    updatedAt\n    participants\n  }\n": typeof types.StaffSurveyFieldsFragmentDoc,
    "\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    title {\n      text\n      language\n    }\n    state\n    minGroupSize\n    respondents\n    district\n    category\n    questions {\n      questionId\n      kind\n      text {\n        text\n        language\n      }\n      answered\n      options {\n        optionId\n        text {\n          text\n          language\n        }\n        count\n        meanRank\n        bordaScore\n      }\n      scaleAverage\n      distribution {\n        value\n        count\n      }\n      freeTexts\n    }\n  }\n": typeof types.SurveyResultsFieldsFragmentDoc,
    "\n  query MySurveys {\n    mySurveys {\n      ...SurveyFields\n    }\n  }\n": typeof types.MySurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  mutation AnswerSurvey($id: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(id: $id, answers: $answers) {\n      ...SurveyFields\n    }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  query SurveyResults($id: ID!, $filter: SurveyResultFilterInput) {\n    surveyResults(id: $id, filter: $filter) {\n      ...SurveyResultsFields\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyResultsCsv($id: ID!) {\n    surveyResultsCsv(id: $id)\n  }\n": typeof types.SurveyResultsCsvDocument,
    "\n  query StaffSurveys {\n    staffSurveys {\n      ...StaffSurveyFields\n    }\n  }\n": typeof types.StaffSurveysDocument,
    "\n  query StaffSurvey($id: ID!) {\n    staffSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n": typeof types.StaffSurveyDocument,
    "\n  query SurveyPreview($id: ID!, $language: String!) {\n    surveyPreview(id: $id, language: $language) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyPreviewDocument,
    "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n": typeof types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    reference\n    purpose\n    subjectType\n    subjectId\n    amountCents\n    currency\n    status\n    paid\n    statusMessage\n    provider\n    testPayment\n    checkoutUrl\n    receiptUrl\n    paidAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n": typeof types.PaymentFieldsFragmentDoc,
    "\n  query PaymentSettings {\n    paymentSettings {\n      available\n      testMode\n      demoSubjectType\n      fees {\n        purpose\n        amountCents\n        currency\n      }\n    }\n  }\n": typeof types.PaymentSettingsDocument,
    "\n  query MyPaymentFor($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {\n    myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) {\n      ...PaymentFields\n    }\n  }\n": typeof types.MyPaymentForDocument,
    "\n  query PaymentById($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n": typeof types.PaymentByIdDocument,
    "\n  subscription PaymentChanged($id: ID!) {\n    paymentChanged(id: $id) {\n      ...PaymentFields\n    }\n  }\n": typeof types.PaymentChangedDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n": typeof types.StartPaymentDocument,
    "\n  query MyPayments($page: PageInput) {\n    myPayments(page: $page) {\n      nodes {\n        ...PaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPaymentsDocument,
    "\n  fragment StaffPaymentFields on Payment {\n    id\n    reference\n    purpose\n    amountCents\n    currency\n    status\n    statusMessage\n    payerEmail\n    paidAt\n    refundRequestedAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n": typeof types.StaffPaymentFieldsFragmentDoc,
    "\n  query StaffPayments($search: PaymentSearchInput, $page: PageInput) {\n    staffPayments(search: $search, page: $page) {\n      nodes {\n        ...StaffPaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffPaymentsDocument,
    "\n  query StaffPayment($id: ID!) {\n    payment(id: $id) {\n      ...StaffPaymentFields\n    }\n  }\n": typeof types.StaffPaymentDocument,
    "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...StaffPaymentFields\n    }\n  }\n": typeof types.RefundPaymentDocument,
    "\n  fragment CertificateFields on Certificate {\n    id\n    serialNumber\n    subjectDn\n    pem\n    status\n    notBefore\n    notAfter\n    revokedAt\n    revocationReason\n    companyId\n  }\n": typeof types.CertificateFieldsFragmentDoc,
    "\n  query CompanyCertificates($companyId: ID!) {\n    companyCertificates(companyId: $companyId) {\n      ...CertificateFields\n    }\n  }\n": typeof types.CompanyCertificatesDocument,
    "\n  mutation RequestCertificate($input: RequestCertificateInput!) {\n    requestCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.RequestCertificateDocument,
    "\n  mutation RevokeMyCertificate($input: RevokeMyCertificateInput!) {\n    revokeMyCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.RevokeMyCertificateDocument,
    "\n  query StaffCertificates($filter: CertificateFilterInput, $page: PageInput) {\n    certificates(filter: $filter, page: $page) {\n      nodes {\n        ...CertificateFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffCertificatesDocument,
    "\n  mutation StaffRevokeCertificate($input: StaffRevokeCertificateInput!) {\n    staffRevokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.StaffRevokeCertificateDocument,
    "\n  query MyDataAccesses {\n    myDataAccesses {\n      occurredAt\n      action\n      subjectType\n      offices\n      reason\n    }\n  }\n": typeof types.MyDataAccessesDocument,
    "\n  query RecordsOfProcessing {\n    recordsOfProcessing {\n      key\n      legalBasis\n      dataCategories\n      subjects\n      recipients\n      retention {\n        amount\n        unit\n        from\n      }\n    }\n  }\n": typeof types.RecordsOfProcessingDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query RetentionSummary {\n    retentionSummary {\n      paymentYears\n      caseRecordYears\n    }\n  }\n": typeof types.RetentionSummaryDocument,
    "\n  fragment ResidencyApplicationFields on ResidencyApplication {\n    id\n    category\n    district\n    status\n    givenName\n    familyName\n    student {\n      university\n      enrolmentFrom\n      enrolmentUntil\n    }\n    commuter {\n      employer\n      workAddress\n    }\n    secondHome {\n      secondHomeAddress\n      registeredOn\n    }\n    formerResident {\n      formerAddress\n      livedFrom\n      livedUntil\n    }\n    expectedEvidenceKind\n    submittedAt\n    decidedAt\n    decidedAutomatically\n    rejectionReason\n    decisionMessage\n    createdAt\n    evidence {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      uploadedAt\n      downloadPath\n    }\n    messages {\n      id\n      author\n      body\n      createdAt\n    }\n  }\n": typeof types.ResidencyApplicationFieldsFragmentDoc,
    "\n  fragment VirtualAddressFields on VirtualAddress {\n    id\n    district\n    mailbox\n    lines\n    mailHandling\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    allocatedAt\n  }\n": typeof types.VirtualAddressFieldsFragmentDoc,
    "\n  query MyResidencyOverview {\n    myResidencyApplications {\n      ...ResidencyApplicationFields\n    }\n    myResidency {\n      id\n      categories\n      district\n      validFrom\n      validUntil\n    }\n    myVirtualAddress {\n      ...VirtualAddressFields\n    }\n  }\n": typeof types.MyResidencyOverviewDocument,
    "\n  query MyResidencyApplication($id: ID!) {\n    myResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n": typeof types.MyResidencyApplicationDocument,
    "\n  subscription ResidencyApplicationChanged($id: ID!) {\n    residencyApplicationChanged(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n": typeof types.ResidencyApplicationChangedDocument,
    "\n  mutation CreateResidencyApplication($input: CreateResidencyApplicationInput!) {\n    createResidencyApplication(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n": typeof types.CreateResidencyApplicationDocument,
    "\n  mutation SubmitResidencyApplication($id: ID!) {\n    submitResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n": typeof types.SubmitResidencyApplicationDocument,
    "\n  mutation DiscardResidencyApplication($id: ID!) {\n    discardResidencyApplication(id: $id)\n  }\n": typeof types.DiscardResidencyApplicationDocument,
    "\n  mutation RemoveResidencyEvidence($id: ID!) {\n    removeResidencyEvidence(id: $id)\n  }\n": typeof types.RemoveResidencyEvidenceDocument,
    "\n  mutation AnswerResidencyInfoRequest($input: AnswerInfoRequestInput!) {\n    answerResidencyInfoRequest(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n": typeof types.AnswerResidencyInfoRequestDocument,
    "\n  mutation UpdateMailHandling($input: UpdateMailHandlingInput!) {\n    updateMailHandling(input: $input) {\n      ...VirtualAddressFields\n    }\n  }\n": typeof types.UpdateMailHandlingDocument,
    "\n  fragment SecureMessageFields on SecureMessage {\n    id\n    threadId\n    subject\n    sender\n    body\n    sentAt\n    signedAt\n    verdict\n    verdictReason\n    signer {\n      commonName\n      organization\n      serialNumber\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n    }\n  }\n": typeof types.SecureMessageFieldsFragmentDoc,
    "\n  fragment SecureThreadFields on SecureThread {\n    id\n    companyId\n    companyName\n    subject\n    createdAt\n    lastMessageAt\n    messageCount\n    latestMessage {\n      ...SecureMessageFields\n    }\n  }\n": typeof types.SecureThreadFieldsFragmentDoc,
    "\n  query CompanyMailbox($companyId: ID!, $page: PageInput) {\n    companyMailbox(companyId: $companyId, page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CompanyMailboxDocument,
    "\n  query StaffMailbox($page: PageInput) {\n    staffMailbox(page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffMailboxDocument,
    "\n  query SecureThread($threadId: ID!, $page: PageInput) {\n    secureThread(id: $threadId) {\n      ...SecureThreadFields\n    }\n    secureThreadMessages(threadId: $threadId, page: $page) {\n      nodes {\n        ...SecureMessageFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SecureThreadDocument,
    "\n  query LatestOfficeMessages($companyId: ID!, $first: Int) {\n    latestOfficeMessages(companyId: $companyId, first: $first) {\n      ...SecureMessageFields\n    }\n  }\n": typeof types.LatestOfficeMessagesDocument,
    "\n  fragment TradeRegistrationFields on TradeRegistration {\n    id\n    companyId\n    establishmentId\n    status\n    establishmentKind\n    activityDescription\n    wzCode\n    wzTitle\n    wzEdition\n    startDate\n    businessScope\n    employeesFullTime\n    employeesPartTime\n    permits {\n      kind\n      authority\n      issuedOn\n    }\n    operator {\n      legalName\n      legalForm\n      countryCode\n      registerName\n      registerNumber\n      headOffice {\n        street\n        postcode\n        city\n        countryCode\n      }\n    }\n    persons {\n      accountId\n      role\n      givenName\n      familyName\n      birthDate\n      nationality\n    }\n    businessAddressLines\n    feeCents\n    paymentSubjectType\n    registrationNumber\n    confirmationUrl\n    rejectionReason\n    decisionMessage\n    infoRequest\n    applicantAnswer\n    submittedAt\n    registeredAt\n    createdAt\n  }\n": typeof types.TradeRegistrationFieldsFragmentDoc,
    "\n  query TradeRegistrationPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      establishments {\n        id\n        kind\n        businessAddressLines\n      }\n    }\n    tradeRegistrations(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n": typeof types.TradeRegistrationPageDocument,
    "\n  subscription TradeRegistrationsChanged($companyId: ID!) {\n    tradeRegistrationsChanged(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n": typeof types.TradeRegistrationsChangedDocument,
    "\n  query WzCodeSuggestions($query: String!, $first: Int) {\n    wzCodeSuggestions(query: $query, first: $first) {\n      code\n      title\n      level\n      selectable\n      explanation\n      explanationLanguage\n      matchedKeyword\n    }\n  }\n": typeof types.WzCodeSuggestionsDocument,
    "\n  mutation StartTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n": typeof types.StartTradeRegistrationDocument,
    "\n  mutation UpdateTradeRegistration($input: TradeRegistrationFormInput!) {\n    updateTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n": typeof types.UpdateTradeRegistrationDocument,
    "\n  mutation SubmitTradeRegistration($id: ID!) {\n    submitTradeRegistration(id: $id) {\n      ...TradeRegistrationFields\n    }\n  }\n": typeof types.SubmitTradeRegistrationDocument,
    "\n  mutation AnswerTradeRegistration($input: AnswerTradeRegistrationInput!) {\n    answerTradeRegistrationInfoRequest(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n": typeof types.AnswerTradeRegistrationDocument,
    "\n  query CaseTradeRegistration($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      tradeRegistrationExportUrl\n      tradeRegistration {\n        ...TradeRegistrationFields\n      }\n    }\n  }\n": typeof types.CaseTradeRegistrationDocument,
    "\n  fragment VenueApplicationFields on VenueApplication {\n    id\n    organisationName\n    kind\n    address\n    district\n    contactName\n    contactEmail\n    contactPhone\n    description\n    categories\n    offers {\n      titleDe\n      titleEn\n      discountPercent\n      fixedPriceCents\n      translations {\n        language\n        title\n      }\n    }\n    status\n    infoRequest\n    applicantAnswer\n    rejectionReason\n    decisionMessage\n    createdAt\n  }\n": typeof types.VenueApplicationFieldsFragmentDoc,
    "\n  query MyVenueApplications {\n    myVenueApplications {\n      ...VenueApplicationFields\n    }\n  }\n": typeof types.MyVenueApplicationsDocument,
    "\n  mutation SubmitVenueApplication($input: VenueApplicationInput!) {\n    submitVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n": typeof types.SubmitVenueApplicationDocument,
    "\n  mutation AnswerVenueApplication($input: AnswerVenueApplicationInput!) {\n    answerVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n": typeof types.AnswerVenueApplicationDocument,
    "\n  query CaseVenueApplication($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      venueApplication {\n        ...VenueApplicationFields\n      }\n    }\n  }\n": typeof types.CaseVenueApplicationDocument,
    "\n  query VenueTeam {\n    venueColleagues {\n      accountId\n      email\n      since\n      isMe\n    }\n    venueInvitations {\n      id\n      email\n      expiresAt\n    }\n  }\n": typeof types.VenueTeamDocument,
    "\n  mutation InviteVenueOperator($input: InviteVenueOperatorInput!) {\n    inviteVenueOperator(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteVenueOperatorDocument,
    "\n  mutation RevokeVenueInvitation($id: ID!) {\n    revokeVenueInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeVenueInvitationDocument,
    "\n  mutation RemoveVenueColleague($accountId: ID!) {\n    removeVenueColleague(accountId: $accountId)\n  }\n": typeof types.RemoveVenueColleagueDocument,
    "\n  query VenueInvitationPreview($token: String!) {\n    venueInvitation(token: $token) {\n      venueName\n      status\n      expiresAt\n    }\n  }\n": typeof types.VenueInvitationPreviewDocument,
    "\n  mutation AcceptVenueInvitation($token: String!) {\n    acceptVenueInvitation(token: $token) {\n      id\n    }\n  }\n": typeof types.AcceptVenueInvitationDocument,
    "\n  query StaffVenues {\n    venues {\n      id\n      name\n      kind\n      address\n      district\n      active\n    }\n  }\n": typeof types.StaffVenuesDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      district\n      active\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  fragment VenueFields on Venue {\n    id\n    name\n    kind\n    address\n    district\n    openingHours\n    contact\n  }\n": typeof types.VenueFieldsFragmentDoc,
    "\n  fragment OfferFields on Offer {\n    id\n    venueId\n    title\n    titleLanguage\n    titleDe\n    titleEn\n    description\n    descriptionLanguage\n    descriptionDe\n    descriptionEn\n    discountPercent\n    fixedPriceCents\n    categories\n    validFrom\n    validUntil\n    conditions\n    conditionsLanguage\n    conditionsDe\n    conditionsEn\n    translations {\n      language\n      title\n      description\n      conditions\n    }\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  fragment VenueApiKeyFields on VenueApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.VenueApiKeyFieldsFragmentDoc,
    "\n  query ManagedVenue {\n    managedVenue {\n      ...VenueFields\n    }\n    venueOffers {\n      ...OfferFields\n    }\n    venueApiKeys {\n      ...VenueApiKeyFields\n    }\n  }\n": typeof types.ManagedVenueDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  mutation CreateVenueApiKey($input: CreateApiKeyInput!) {\n    createVenueApiKey(input: $input) {\n      key\n      apiKey {\n        ...VenueApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateVenueApiKeyDocument,
    "\n  mutation RevokeVenueApiKey($id: ID!) {\n    revokeVenueApiKey(id: $id) {\n      ...VenueApiKeyFields\n    }\n  }\n": typeof types.RevokeVenueApiKeyDocument,
    "\n  mutation VerifyDiscount($code: String!, $offerId: ID) {\n    verifyDiscount(code: $code, offerId: $offerId) {\n      verificationId\n      valid\n      eligible\n      reason\n      card {\n        status\n        validUntil\n        categories\n      }\n      offer {\n        id\n        title\n        titleLanguage\n        discountPercent\n        fixedPriceCents\n      }\n      repeatedPresentation\n      presentation\n      holderName\n      notice\n      printedCardUsesToday\n    }\n  }\n": typeof types.VerifyDiscountDocument,
    "\n  mutation RecordOfflineVerifications($entries: [OfflineVerificationInput!]!) {\n    recordOfflineVerifications(entries: $entries)\n  }\n": typeof types.RecordOfflineVerificationsDocument,
    "\n  query MyEligibleOffers($kind: VenueKind, $district: String) {\n    myEligibleOffers(kind: $kind, district: $district) {\n      ...OfferFields\n      venue {\n        ...VenueFields\n      }\n    }\n  }\n": typeof types.MyEligibleOffersDocument,
    "\n  query VenueStatistics($days: Int!) {\n    venueStatistics(days: $days) {\n      from\n      verifications\n      uniqueVisitors\n      perDay {\n        day\n        verifications\n        granted\n      }\n      perOffer {\n        offerId\n        titleDe\n        titleEn\n        verifications\n        granted\n      }\n      perCategory {\n        category\n        visitors\n      }\n    }\n  }\n": typeof types.VenueStatisticsDocument,
};
const documents: Documents = {
    "\n  fragment AddressPoolFields on AddressPool {\n    id\n    code\n    district\n    careOf\n    street\n    postcode\n    city\n    mailboxPrefix\n    active\n    mailboxesIssued\n  }\n": types.AddressPoolFieldsFragmentDoc,
    "\n  query ResidentAddressPools {\n    residentAddressPools {\n      ...AddressPoolFields\n    }\n  }\n": types.ResidentAddressPoolsDocument,
    "\n  mutation CreateResidentAddressPool($input: CreateAddressPoolInput!) {\n    createResidentAddressPool(input: $input) {\n      id\n    }\n  }\n": types.CreateResidentAddressPoolDocument,
    "\n  mutation UpdateResidentAddressPool($input: UpdateAddressPoolInput!) {\n    updateResidentAddressPool(input: $input) {\n      id\n    }\n  }\n": types.UpdateResidentAddressPoolDocument,
    "\n  fragment ResidentMailItemFields on ResidentMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    scanUrl\n    scanMediaType\n    read\n    completedAt\n  }\n": types.ResidentMailItemFieldsFragmentDoc,
    "\n  query MyResidentMail($page: PageInput) {\n    myResidentMail(page: $page) {\n      nodes {\n        ...ResidentMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myVirtualAddress {\n      id\n      mailbox\n      mailHandling\n    }\n  }\n": types.MyResidentMailDocument,
    "\n  mutation MarkResidentMailRead($itemId: ID!, $read: Boolean!) {\n    markResidentMailRead(itemId: $itemId, read: $read) {\n      ...ResidentMailItemFields\n    }\n  }\n": types.MarkResidentMailReadDocument,
    "\n  query StaffResidentMailbox($mailbox: String!) {\n    staffResidentMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      holderName\n      handling\n      recentItems {\n        ...ResidentMailItemFields\n      }\n    }\n  }\n": types.StaffResidentMailboxDocument,
    "\n  mutation CompleteResidentMail($itemId: ID!) {\n    completeResidentMail(itemId: $itemId) {\n      ...ResidentMailItemFields\n    }\n  }\n": types.CompleteResidentMailDocument,
    "\n  fragment AppointmentBookingFields on AppointmentBooking {\n    id\n    serviceId\n    office\n    serviceName\n    channel\n    status\n    startsAt\n    endsAt\n    bookerTimeZone\n    place\n    caseId\n    sequence\n    cancelReason\n    cancelledByStaff\n    bookerEmail\n    staffAccountId\n    staffEmail\n    homeVisitReason\n    visitAddress\n    visitDistrict\n    onBehalfOfName\n    consentRecordedAt\n  }\n": types.AppointmentBookingFieldsFragmentDoc,
    "\n  query AppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      nameLanguage\n      durationMinutes\n      seats\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n": types.AppointmentServicesDocument,
    "\n  query AppointmentSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n": types.AppointmentSlotsDocument,
    "\n  query MyAppointmentCases {\n    myAppointmentCases {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n": types.MyAppointmentCasesDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  query MyAppointments {\n    myAppointments {\n      ...AppointmentBookingFields\n    }\n  }\n": types.MyAppointmentsDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation MoveAppointment($id: ID!, $startsAt: DateTime!) {\n    moveAppointment(id: $id, startsAt: $startsAt) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.MoveAppointmentDocument,
    "\n  query AppointmentByLink($token: String!, $language: String!) {\n    appointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.AppointmentByLinkDocument,
    "\n  mutation CancelAppointmentByLink($token: String!, $language: String!) {\n    cancelAppointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.CancelAppointmentByLinkDocument,
    "\n  mutation MoveAppointmentByLink($token: String!, $startsAt: DateTime!, $language: String!) {\n    moveAppointmentByLink(token: $token, startsAt: $startsAt, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.MoveAppointmentByLinkDocument,
    "\n  query MyAppointmentOffices {\n    myAppointmentOffices\n  }\n": types.MyAppointmentOfficesDocument,
    "\n  query StaffAppointmentDay($day: String!) {\n    staffAppointmentDay(day: $day) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.StaffAppointmentDayDocument,
    "\n  mutation MarkAppointmentAttendance($id: ID!, $attended: Boolean!) {\n    markAppointmentAttendance(id: $id, attended: $attended) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.MarkAppointmentAttendanceDocument,
    "\n  mutation StaffCancelAppointment($id: ID!, $reason: String!) {\n    staffCancelAppointment(id: $id, reason: $reason) {\n      ...AppointmentBookingFields\n    }\n  }\n": types.StaffCancelAppointmentDocument,
    "\n  query MyAppointmentHours($office: AppointmentOffice!) {\n    myAppointmentHours(office: $office) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n    myAppointmentTimeOff(office: $office) {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n  }\n": types.MyAppointmentHoursDocument,
    "\n  mutation SetMyAppointmentHours($office: AppointmentOffice!, $hours: [AppointmentOpeningHoursInput!]!) {\n    setMyAppointmentHours(office: $office, hours: $hours) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n": types.SetMyAppointmentHoursDocument,
    "\n  mutation AddMyAppointmentTimeOff($input: AppointmentTimeOffInput!) {\n    addMyAppointmentTimeOff(input: $input) {\n      id\n    }\n  }\n": types.AddMyAppointmentTimeOffDocument,
    "\n  mutation RemoveMyAppointmentTimeOff($id: ID!) {\n    removeMyAppointmentTimeOff(id: $id)\n  }\n": types.RemoveMyAppointmentTimeOffDocument,
    "\n  query StaffHomeVisitPlan($day: String!) {\n    staffHomeVisitPlan(day: $day) {\n      district\n      visits {\n        ...AppointmentBookingFields\n      }\n    }\n  }\n": types.StaffHomeVisitPlanDocument,
    "\n  query StaffAppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      names {\n        language\n        name\n      }\n      durationMinutes\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      seats\n      minNoticeMinutes\n      bookingWindowDays\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n": types.StaffAppointmentServicesDocument,
    "\n  mutation SaveAppointmentService($id: ID, $input: AppointmentServiceInput!) {\n    saveAppointmentService(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SaveAppointmentServiceDocument,
    "\n  fragment CaseSummaryFields on BackofficeCase {\n    id\n    kind\n    subjectId\n    status\n    outcome\n    createdAt\n    dueAt\n    overdue\n    applicant {\n      id\n      email\n    }\n    assignee {\n      id\n      email\n    }\n    facets {\n      name\n      value\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query BackofficeCases($filter: BackofficeCaseFilter, $page: PageInput) {\n    backofficeCases(filter: $filter, page: $page) {\n      nodes {\n        ...CaseSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BackofficeCasesDocument,
    "\n  query BackofficeCase($id: ID!) {\n    backofficeCase(id: $id) {\n      ...CaseSummaryFields\n      rejectionReasons\n      timeline {\n        id\n        type\n        occurredAt\n        reasonCode\n        message\n        findings\n        fileName\n        actor {\n          id\n          email\n        }\n        assignee {\n          id\n          email\n        }\n      }\n      residencyApplication {\n        ...ResidencyApplicationFields\n      }\n    }\n  }\n": types.BackofficeCaseDocument,
    "\n  query BackofficeAssignees($kind: String!) {\n    backofficeAssignees(kind: $kind) {\n      id\n      email\n    }\n  }\n": types.BackofficeAssigneesDocument,
    "\n  mutation ClaimBackofficeCase($id: ID!) {\n    claimBackofficeCase(id: $id) {\n      ...CaseSummaryFields\n    }\n  }\n": types.ClaimBackofficeCaseDocument,
    "\n  mutation AssignBackofficeCase($id: ID!, $assigneeId: ID) {\n    assignBackofficeCase(id: $id, assigneeId: $assigneeId) {\n      ...CaseSummaryFields\n    }\n  }\n": types.AssignBackofficeCaseDocument,
    "\n  mutation DecideBackofficeCase($input: DecideBackofficeCaseInput!) {\n    decideBackofficeCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": types.DecideBackofficeCaseDocument,
    "\n  query BackofficeCaseKinds {\n    backofficeCaseKinds\n  }\n": types.BackofficeCaseKindsDocument,
    "\n  query BackofficeStatistics($filter: StatisticsFilter!) {\n    backofficeStatistics(filter: $filter) {\n      key\n      labelKind\n      columns\n      byDistrict\n      rows {\n        label\n        values\n      }\n    }\n  }\n": types.BackofficeStatisticsDocument,
    "\n  subscription BackofficeQueueChanged {\n    backofficeQueueChanged {\n      caseId\n      kind\n      change\n      resync\n    }\n  }\n": types.BackofficeQueueChangedDocument,
    "\n  fragment PartnerBankFields on PartnerBank {\n    id\n    code\n    name\n    bic\n    bankCode\n    sandbox\n  }\n": types.PartnerBankFieldsFragmentDoc,
    "\n  fragment BankApplicationFields on BankAccountApplication {\n    id\n    status\n    statusChangedAt\n    iban\n    ibanFormatted\n    declineReason\n    consentGivenAt\n    kycPackageSha256\n    handedOverAt\n    createdAt\n    bank {\n      ...PartnerBankFields\n    }\n    documentRequests {\n      id\n      documentKind\n      bankMessage\n      status\n      answerText\n      answeredAt\n      forwardedAt\n      attachment {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n": types.BankApplicationFieldsFragmentDoc,
    "\n  query BankAccountPage($companyId: ID!) {\n    partnerBanks {\n      ...PartnerBankFields\n    }\n    bankAccountApplications(companyId: $companyId) {\n      ...BankApplicationFields\n    }\n  }\n": types.BankAccountPageDocument,
    "\n  query BankKycPreview($companyId: ID!) {\n    bankAccountKycPreview(companyId: $companyId) {\n      consentTextVersion\n      contentSha256\n      company {\n        legalName\n        legalForm\n        countryCode\n        registerName\n        registerNumber\n        vatId\n        website\n        mainActivity\n        headOffice {\n          street\n          postcode\n          city\n          countryCode\n        }\n      }\n      registerExtract {\n        fileName\n        sizeBytes\n        sha256\n      }\n      representatives {\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        placeOfBirth\n        assuranceLevel\n        verificationMethod\n      }\n      tradeRegistration {\n        status\n        registrationNumber\n        wzCode\n        wzTitle\n        activityDescription\n        startDate\n      }\n    }\n  }\n": types.BankKycPreviewDocument,
    "\n  mutation ApplyForBankAccount($input: ApplyForBankAccountInput!) {\n    applyForBankAccount(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n": types.ApplyForBankAccountDocument,
    "\n  mutation AnswerBankDocumentRequest($input: AnswerBankDocumentRequestInput!) {\n    answerBankDocumentRequest(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n": types.AnswerBankDocumentRequestDocument,
    "\n  query AdministeredPartnerBanks {\n    administeredPartnerBanks {\n      id\n      code\n      name\n      bic\n      bankCode\n      apiBaseUrl\n      webhookPath\n      sandbox\n      active\n    }\n  }\n": types.AdministeredPartnerBanksDocument,
    "\n  mutation CreatePartnerBank($input: CreatePartnerBankInput!) {\n    createPartnerBank(input: $input) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n": types.CreatePartnerBankDocument,
    "\n  mutation UpdatePartnerBank($input: UpdatePartnerBankInput!) {\n    updatePartnerBank(input: $input) {\n      id\n    }\n  }\n": types.UpdatePartnerBankDocument,
    "\n  mutation RotatePartnerBankSecret($id: ID!) {\n    rotatePartnerBankSecret(id: $id) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n": types.RotatePartnerBankSecretDocument,
    "\n  fragment ForwardingAddressFields on ForwardingAddress {\n    name\n    street\n    postcode\n    city\n    country\n  }\n": types.ForwardingAddressFieldsFragmentDoc,
    "\n  fragment BusinessMailServiceFields on BusinessMailService {\n    id\n    status\n    mailHandling\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    monthlyFeeCents\n    paymentSubjectType\n    paymentSubjectId\n    paidUntil\n    activatedAt\n    cancelledAt\n  }\n": types.BusinessMailServiceFieldsFragmentDoc,
    "\n  fragment CompanyBusinessAddressFields on CompanyBusinessAddress {\n    id\n    establishmentId\n    servicePointCode\n    servicePointName\n    mailbox\n    lines\n    allocatedAt\n    currentMonthlyFeeCents\n    currency\n    service {\n      ...BusinessMailServiceFields\n    }\n  }\n": types.CompanyBusinessAddressFieldsFragmentDoc,
    "\n  fragment BusinessMailItemFields on BusinessMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    scanUrl\n    scanMediaType\n    scanSizeBytes\n    read\n    completedAt\n  }\n": types.BusinessMailItemFieldsFragmentDoc,
    "\n  query CompanyBusinessAddresses($companyId: ID!) {\n    companyBusinessAddresses(companyId: $companyId) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n": types.CompanyBusinessAddressesDocument,
    "\n  mutation SetUpBusinessMailService($input: BusinessMailServiceInput!) {\n    setUpBusinessMailService(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n": types.SetUpBusinessMailServiceDocument,
    "\n  mutation ChangeBusinessMailHandling($input: BusinessMailServiceInput!) {\n    changeBusinessMailHandling(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n": types.ChangeBusinessMailHandlingDocument,
    "\n  query CompanyMail($companyId: ID!, $page: PageInput) {\n    companyMail(companyId: $companyId, page: $page) {\n      nodes {\n        ...BusinessMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CompanyMailDocument,
    "\n  mutation MarkBusinessMailRead($itemId: ID!) {\n    markBusinessMailRead(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n": types.MarkBusinessMailReadDocument,
    "\n  query StaffBusinessMailbox($mailbox: String!) {\n    staffBusinessMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      companyName\n      lines\n      serviceStatus\n      handling\n      forwardingAddress {\n        ...ForwardingAddressFields\n      }\n      recentItems {\n        ...BusinessMailItemFields\n      }\n    }\n  }\n": types.StaffBusinessMailboxDocument,
    "\n  mutation CompleteBusinessMail($itemId: ID!) {\n    completeBusinessMail(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n": types.CompleteBusinessMailDocument,
    "\n  query AdministeredServicePoints {\n    administeredServicePoints {\n      ...AddressPoolFields\n    }\n  }\n": types.AdministeredServicePointsDocument,
    "\n  mutation CreateServicePoint($input: CreateAddressPoolInput!) {\n    createServicePoint(input: $input) {\n      id\n    }\n  }\n": types.CreateServicePointDocument,
    "\n  mutation UpdateServicePoint($input: UpdateAddressPoolInput!) {\n    updateServicePoint(input: $input) {\n      id\n    }\n  }\n": types.UpdateServicePointDocument,
    "\n  fragment CardFields on CitizenCard {\n    id\n    number\n    holderName\n    holderNameVerified\n    categories\n    district\n    validFrom\n    validUntil\n    status\n    statusReason\n    entitlementStatus\n    replacedByCardId\n    createdAt\n  }\n": types.CardFieldsFragmentDoc,
    "\n  fragment CardRequestFields on CardRequest {\n    id\n    status\n    holderName\n    feeCents\n    paymentSubjectType\n    cardId\n    createdAt\n  }\n": types.CardRequestFieldsFragmentDoc,
    "\n  query MyCards {\n    myCitizenCards {\n      ...CardFields\n      deviceCredential {\n        id\n        cardId\n        credential\n        statusListIndex\n      }\n    }\n    myCardRequests {\n      ...CardRequestFields\n    }\n  }\n": types.MyCardsDocument,
    "\n  mutation RequestCitizenCard($input: RequestCitizenCardInput!) {\n    requestCitizenCard(input: $input) {\n      ...CardRequestFields\n    }\n  }\n": types.RequestCitizenCardDocument,
    "\n  mutation ActivateCardOnDevice($input: ActivateCardInput!) {\n    activateCardOnDevice(input: $input) {\n      id\n      cardId\n      credential\n      statusListIndex\n    }\n  }\n": types.ActivateCardOnDeviceDocument,
    "\n  mutation ReportCardLost($cardId: ID!) {\n    reportCardLost(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n": types.ReportCardLostDocument,
    "\n  mutation ReplaceCitizenCard($cardId: ID!) {\n    replaceCitizenCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n": types.ReplaceCitizenCardDocument,
    "\n  query CitizenCardByNumber($number: String!) {\n    citizenCardByNumber(number: $number) {\n      ...CardFields\n    }\n  }\n": types.CitizenCardByNumberDocument,
    "\n  mutation SuspendCitizenCard($input: CardStatusChangeInput!) {\n    card: suspendCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n": types.SuspendCitizenCardDocument,
    "\n  mutation ResumeCitizenCard($input: CardStatusChangeInput!) {\n    card: resumeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n": types.ResumeCitizenCardDocument,
    "\n  mutation RevokeCitizenCard($input: CardStatusChangeInput!) {\n    card: revokeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n": types.RevokeCitizenCardDocument,
    "\n  mutation RenewCitizenCard($cardId: ID!) {\n    renewCitizenCard(cardId: $cardId) {\n      validUntil\n    }\n  }\n": types.RenewCitizenCardDocument,
    "\n  query CardResidencyStatus {\n    myResidency {\n      id\n      status\n    }\n    myResidencyApplications {\n      id\n      status\n    }\n  }\n": types.CardResidencyStatusDocument,
    "\n  mutation CreateCardWalletOffer($cardId: ID!) {\n    createCardWalletOffer(cardId: $cardId) {\n      offerUri\n      expiresAt\n    }\n  }\n": types.CreateCardWalletOfferDocument,
    "\n  fragment GrowthPlanFields on GrowthPlan {\n    id\n    companyId\n    establishmentId\n    kind\n    stage\n    establishmentStatus\n    businessAddressLines\n    checklist {\n      item\n      required\n      fileName\n      mediaType\n      uploadedAt\n      path\n    }\n    subsidiary {\n      name\n      legalForm\n      shareCapitalCents\n      articles\n      shareholders {\n        name\n        countryCode\n        nominalCents\n        isParentCompany\n      }\n      managingDirectorAccountIds\n    }\n    onlineNotarisation {\n      accountId\n      givenName\n      familyName\n      method\n      nationality\n      eligible\n      reason\n    }\n    businessStartDate\n    deadlines {\n      kind\n      dueOn\n      doneAt\n      remindedAt\n    }\n    packages {\n      package\n      pdfPath\n      jsonPath\n    }\n    handedOverAt\n    registerCourt\n    registerNumber\n    registeredAt\n    updatedAt\n  }\n": types.GrowthPlanFieldsFragmentDoc,
    "\n  query CompanyGrowthPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      myRole\n      representatives {\n        accountId\n        role\n        givenName\n        familyName\n        email\n      }\n      establishments {\n        id\n        kind\n        status\n      }\n    }\n    companyGrowth(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n": types.CompanyGrowthPageDocument,
    "\n  mutation StartBranch($companyId: ID!) {\n    startBranch(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n": types.StartBranchDocument,
    "\n  mutation SaveSubsidiary($input: SaveSubsidiaryInput!) {\n    saveSubsidiary(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n": types.SaveSubsidiaryDocument,
    "\n  mutation HandOverGrowthPlan($planId: ID!) {\n    handOverGrowthPlan(planId: $planId) {\n      ...GrowthPlanFields\n    }\n  }\n": types.HandOverGrowthPlanDocument,
    "\n  mutation RecordGrowthRegistration($input: RecordGrowthRegistrationInput!) {\n    recordGrowthRegistration(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n": types.RecordGrowthRegistrationDocument,
    "\n  mutation SetGrowthBusinessStart($planId: ID!, $date: String!) {\n    setGrowthBusinessStart(planId: $planId, date: $date) {\n      ...GrowthPlanFields\n    }\n  }\n": types.SetGrowthBusinessStartDocument,
    "\n  mutation MarkGrowthDeadline($input: GrowthDeadlineInput!) {\n    markGrowthDeadline(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n": types.MarkGrowthDeadlineDocument,
    "\n  mutation StartBranchTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      id\n      establishmentId\n      status\n    }\n  }\n": types.StartBranchTradeRegistrationDocument,
    "\n  query GrowingCompanies {\n    growingCompanies {\n      companyId\n      legalName\n      countryCode\n      planId\n      kind\n      stage\n      updatedAt\n    }\n  }\n": types.GrowingCompaniesDocument,
    "\n  mutation MessageGrowingCompany($input: GrowthOfficeMessageInput!) {\n    messageGrowingCompany(input: $input)\n  }\n": types.MessageGrowingCompanyDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    legalName\n    legalForm\n    countryCode\n    countryName\n    registerName\n    registerNumber\n    vatId\n    website\n    mainActivity\n    myRole\n    createdAt\n    headOffice {\n      street\n      postcode\n      city\n      countryCode\n      countryName\n    }\n    vatCheck {\n      ...VatCheckFields\n    }\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  fragment VatCheckFields on CompanyVatCheck {\n    vatId\n    status\n    registeredName\n    registeredAddress\n    requestIdentifier\n    checkedAt\n    attempts\n    lastError\n    nextAttemptAt\n    recheckInSeconds\n  }\n": types.VatCheckFieldsFragmentDoc,
    "\n  query CompanyTaxIdFormat($countryCode: String!) {\n    companyTaxIdFormat(countryCode: $countryCode) {\n      kind\n      example\n      checkedWithVies\n    }\n  }\n": types.CompanyTaxIdFormatDocument,
    "\n  mutation RecheckCompanyVat($companyId: ID!) {\n    recheckCompanyVat(companyId: $companyId) {\n      ...VatCheckFields\n    }\n  }\n": types.RecheckCompanyVatDocument,
    "\n  fragment StepFields on OnboardingStepState {\n    step\n    status\n    updatedAt\n    detailKey\n    link\n    documents {\n      labelKey\n      url\n    }\n  }\n": types.StepFieldsFragmentDoc,
    "\n  fragment JourneyFields on OnboardingJourney {\n    id\n    companyId\n    nextStep\n    doneSteps\n    totalSteps\n    elapsedSeconds\n    state\n    startedAt\n    lastActivityAt\n    completedAt\n    steps {\n      ...StepFields\n    }\n  }\n": types.JourneyFieldsFragmentDoc,
    "\n  query MyCompanies {\n    myCompanies {\n      ...CompanyFields\n    }\n  }\n": types.MyCompaniesDocument,
    "\n  query CompanyLegalForms($countryCode: String!) {\n    companyLegalForms(countryCode: $countryCode)\n  }\n": types.CompanyLegalFormsDocument,
    "\n  query OnboardingStartSteps {\n    onboardingStartSteps {\n      ...StepFields\n    }\n  }\n": types.OnboardingStartStepsDocument,
    "\n  subscription CompanyJourneyChanged($companyId: ID!) {\n    companyJourneyChanged(companyId: $companyId) {\n      ...JourneyFields\n    }\n  }\n": types.CompanyJourneyChangedDocument,
    "\n  query CompanyDashboard($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyFields\n      representatives {\n        accountId\n        role\n        since\n        email\n        givenName\n        familyName\n        identityVerified\n      }\n      invitations {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n      }\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n      registerExtract {\n        fileName\n        mediaType\n        sizeBytes\n        uploadedAt\n        downloadPath\n      }\n    }\n    companyJourney(companyId: $companyId) {\n      ...JourneyFields\n    }\n    # The growth phase and the office's latest messages come with the dashboard in the same request,\n    # not after it (CompanyMailboxSummary reads these from the cache).\n    companyGrowth(companyId: $companyId) {\n      id\n      kind\n      stage\n      establishmentStatus\n    }\n    latestOfficeMessages(companyId: $companyId, first: 3) {\n      ...SecureMessageFields\n    }\n  }\n": types.CompanyDashboardDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation RecordJourneyActivity($input: JourneyActivityInput!) {\n    recordJourneyActivity(input: $input) {\n      elapsedSeconds\n      heartbeatSeconds\n    }\n  }\n": types.RecordJourneyActivityDocument,
    "\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": types.InviteRepresentativeDocument,
    "\n  mutation RevokeCompanyInvitation($invitationId: ID!) {\n    revokeCompanyInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n": types.RevokeCompanyInvitationDocument,
    "\n  mutation RemoveCompanyRepresentative($companyId: ID!, $accountId: ID!) {\n    removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) {\n      id\n    }\n  }\n": types.RemoveCompanyRepresentativeDocument,
    "\n  query CompanyInvitationPreview($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      role\n      status\n      expiresAt\n    }\n  }\n": types.CompanyInvitationPreviewDocument,
    "\n  mutation AcceptCompanyInvitation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      ...CompanyFields\n    }\n  }\n": types.AcceptCompanyInvitationDocument,
    "\n  query BusinessServicePointsForEstablishment {\n    businessServicePoints {\n      code\n      name\n      lines\n    }\n  }\n": types.BusinessServicePointsForEstablishmentDocument,
    "\n  query CompanyEstablishments($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n    }\n  }\n": types.CompanyEstablishmentsDocument,
    "\n  mutation CreateEstablishment($input: CreateEstablishmentInput!) {\n    createEstablishment(input: $input) {\n      id\n      companyId\n      kind\n      status\n      servicePointCode\n      businessAddressLines\n      createdAt\n    }\n  }\n": types.CreateEstablishmentDocument,
    "\n  query OnboardingJourneys($state: OnboardingJourneyState, $after: String) {\n    onboardingJourneys(filter: { state: $state }, page: { first: 20, after: $after }) {\n      nodes {\n        ...JourneyFields\n        company {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OnboardingJourneysDocument,
    "\n  fragment ConsultationRoomFields on ConsultationRoom {\n    bookingId\n    role\n    roomToken\n    tokenExpiresAt\n    startsAt\n    endsAt\n    opensAt\n    closesAt\n    mediaMode\n    iceServers {\n      urls\n      username\n      credential\n    }\n    callerTerminal {\n      name\n      location\n    }\n  }\n": types.ConsultationRoomFieldsFragmentDoc,
    "\n  mutation JoinConsultationRoom($bookingId: ID!) {\n    joinConsultationRoom(bookingId: $bookingId) {\n      ...ConsultationRoomFields\n    }\n  }\n": types.JoinConsultationRoomDocument,
    "\n  mutation JoinTalkNowRoom($callId: ID!) {\n    joinTalkNowRoom(callId: $callId) {\n      ...ConsultationRoomFields\n    }\n  }\n": types.JoinTalkNowRoomDocument,
    "\n  mutation SendConsultationSignal($roomToken: String!, $kind: ConsultationSignalKind!, $payload: String) {\n    sendConsultationSignal(roomToken: $roomToken, kind: $kind, payload: $payload)\n  }\n": types.SendConsultationSignalDocument,
    "\n  subscription ConsultationSignals($roomToken: String!) {\n    consultationSignals(roomToken: $roomToken) {\n      kind\n      payload\n      sentAt\n    }\n  }\n": types.ConsultationSignalsDocument,
    "\n  query TalkNowAvailability($office: AppointmentOffice!) {\n    talkNowAvailability(office: $office) {\n      office\n      available\n      staffOnDuty\n      waiting\n    }\n  }\n": types.TalkNowAvailabilityDocument,
    "\n  fragment TalkNowRequestFields on TalkNowRequest {\n    id\n    office\n    status\n    ahead\n    roomId\n    requestedAt\n    takenAt\n  }\n": types.TalkNowRequestFieldsFragmentDoc,
    "\n  mutation RequestTalkNow($office: AppointmentOffice!) {\n    requestTalkNow(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n": types.RequestTalkNowDocument,
    "\n  query MyTalkNowRequest($id: ID!) {\n    myTalkNowRequest(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n": types.MyTalkNowRequestDocument,
    "\n  mutation CancelTalkNow($id: ID!) {\n    cancelTalkNow(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n": types.CancelTalkNowDocument,
    "\n  subscription TalkNowRequestChanged($id: ID!) {\n    talkNowRequestChanged(id: $id) {\n      requestId\n      status\n      resync\n    }\n  }\n": types.TalkNowRequestChangedDocument,
    "\n  fragment TalkNowDeskFields on TalkNowDesk {\n    office\n    onDuty\n    waiting\n    staffOnDuty\n    currentCall {\n      ...TalkNowRequestFields\n    }\n  }\n": types.TalkNowDeskFieldsFragmentDoc,
    "\n  query TalkNowDesk($office: AppointmentOffice!) {\n    talkNowDesk(office: $office) {\n      ...TalkNowDeskFields\n    }\n  }\n": types.TalkNowDeskDocument,
    "\n  mutation SetTalkNowDuty($office: AppointmentOffice!, $onDuty: Boolean!) {\n    setTalkNowDuty(office: $office, onDuty: $onDuty) {\n      ...TalkNowDeskFields\n    }\n  }\n": types.SetTalkNowDutyDocument,
    "\n  mutation TakeNextTalkNowCaller($office: AppointmentOffice!) {\n    takeNextTalkNowCaller(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n": types.TakeNextTalkNowCallerDocument,
    "\n  subscription TalkNowQueueChanged($office: AppointmentOffice!) {\n    talkNowQueueChanged(office: $office) {\n      requestId\n      status\n      resync\n    }\n  }\n": types.TalkNowQueueChangedDocument,
    "\n  query TalkNowVideoServices {\n    appointmentServices {\n      id\n      office\n      name\n      video\n      active\n    }\n  }\n": types.TalkNowVideoServicesDocument,
    "\n  query TalkNowNextSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n": types.TalkNowNextSlotsDocument,
    "\n  fragment InPersonIdentificationFields on InPersonIdentification {\n    id\n    status\n    bookingCode\n    rejectionReason\n    createdAt\n    decidedAt\n    servicePoint {\n      id\n      name\n      address\n      kind\n    }\n  }\n": types.InPersonIdentificationFieldsFragmentDoc,
    "\n  fragment VideoIdentificationFields on VideoIdentification {\n    id\n    status\n    rejectionReason\n    createdAt\n    decidedAt\n  }\n": types.VideoIdentificationFieldsFragmentDoc,
    "\n  fragment IdentityVerificationStatusFields on IdentityVerificationStatus {\n    assuranceLevel\n    videoIdentificationAvailable\n    videoIdentificationUrl\n    verifiedIdentity {\n      givenName\n      familyName\n      birthDate\n      nationality\n      placeOfBirth\n      level\n      method\n      verifiedAt\n    }\n    pendingVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    latestVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    inPersonIdentificationAvailable\n    servicePoints {\n      id\n      name\n      address\n      kind\n    }\n    latestInPersonIdentification {\n      ...InPersonIdentificationFields\n    }\n    assurancePolicy {\n      companyCreation\n      tradeRegistration\n      signatureCertificate\n    }\n    identificationMethods {\n      method\n      level\n      available\n      withoutEuEid\n      reachesEveryService\n    }\n  }\n": types.IdentityVerificationStatusFieldsFragmentDoc,
    "\n  query MyIdentityVerification {\n    myIdentityVerification {\n      ...IdentityVerificationStatusFields\n    }\n  }\n": types.MyIdentityVerificationDocument,
    "\n  subscription MyIdentityVerificationChanged {\n    myIdentityVerificationChanged {\n      ...IdentityVerificationStatusFields\n    }\n  }\n": types.MyIdentityVerificationChangedDocument,
    "\n  mutation StartEidVerification($input: StartEidVerificationInput) {\n    startEidVerification(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n": types.StartEidVerificationDocument,
    "\n  mutation StartVideoIdentification($input: StartVideoIdentificationInput) {\n    startVideoIdentification(input: $input) {\n      url\n      session {\n        ...VideoIdentificationFields\n      }\n    }\n  }\n": types.StartVideoIdentificationDocument,
    "\n  mutation BookInPersonIdentification($input: BookInPersonIdentificationInput!) {\n    bookInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n": types.BookInPersonIdentificationDocument,
    "\n  mutation CancelInPersonIdentification($id: ID!) {\n    cancelInPersonIdentification(id: $id) {\n      ...InPersonIdentificationFields\n    }\n  }\n": types.CancelInPersonIdentificationDocument,
    "\n  query InPersonIdentificationByCode($bookingCode: String!) {\n    inPersonIdentificationByCode(bookingCode: $bookingCode) {\n      ...InPersonIdentificationFields\n    }\n  }\n": types.InPersonIdentificationByCodeDocument,
    "\n  mutation ConfirmInPersonIdentification($input: ConfirmInPersonIdentificationInput!) {\n    confirmInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n": types.ConfirmInPersonIdentificationDocument,
    "\n  mutation StartEidSignIn($input: StartEidSignInInput) {\n    startEidSignIn(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n": types.StartEidSignInDocument,
    "\n  query PendingEidSignIn {\n    pendingEidSignIn {\n      givenName\n      familyName\n      level\n      expiresAt\n    }\n  }\n": types.PendingEidSignInDocument,
    "\n  mutation OpenAccountWithEid($input: OpenAccountWithEidInput!) {\n    openAccountWithEid(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n": types.OpenAccountWithEidDocument,
    "\n  mutation LinkEidToAccount($input: LinkEidToAccountInput!) {\n    linkEidToAccount(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LinkEidToAccountDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    preferredLanguage\n    roles\n    assuranceLevel\n    createdAt\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    account {\n      ...AccountFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  query AccountForRoles($input: EmailLookupInput!) {\n    accountForRoles(input: $input) {\n      id\n      email\n      emailVerified\n      roles\n      assuranceLevel\n    }\n  }\n": types.AccountForRolesDocument,
    "\n  mutation GrantAccountRole($input: ChangeAccountRoleInput!) {\n    grantAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n": types.GrantAccountRoleDocument,
    "\n  mutation WithdrawAccountRole($input: ChangeAccountRoleInput!) {\n    withdrawAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n": types.WithdrawAccountRoleDocument,
    "\n  query RoleAssuranceRequirements {\n    roleAssuranceRequirements {\n      role\n      minimumAssurance\n    }\n  }\n": types.RoleAssuranceRequirementsDocument,
    "\n  mutation SetRoleAssuranceRequirement($input: SetRoleAssuranceInput!) {\n    setRoleAssuranceRequirement(input: $input) {\n      role\n      minimumAssurance\n    }\n  }\n": types.SetRoleAssuranceRequirementDocument,
    "\n  query KioskTerminal {\n    kioskTerminal {\n      name\n      location\n      idleSeconds\n      warningSeconds\n    }\n  }\n": types.KioskTerminalDocument,
    "\n  mutation CreateKioskHandover($input: CreateKioskHandoverInput!) {\n    createKioskHandover(input: $input) {\n      code\n      path\n      expiresAt\n    }\n  }\n": types.CreateKioskHandoverDocument,
    "\n  mutation RedeemKioskHandover($code: String!) {\n    redeemKioskHandover(code: $code) {\n      step\n      email\n      preferredLanguage\n      articleId\n    }\n  }\n": types.RedeemKioskHandoverDocument,
    "\n  query KioskDevices {\n    kioskDevices {\n      id\n      name\n      location\n      district\n      office\n      createdAt\n      disabledAt\n      lastSeenAt\n    }\n  }\n": types.KioskDevicesDocument,
    "\n  mutation RegisterKioskDevice($input: RegisterKioskDeviceInput!) {\n    registerKioskDevice(input: $input) {\n      enrolmentPath\n      device {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterKioskDeviceDocument,
    "\n  mutation DisableKioskDevice($id: ID!) {\n    disableKioskDevice(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": types.DisableKioskDeviceDocument,
    "\n  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {\n    submitAccessibilityFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n": types.SubmitAccessibilityFeedbackDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      resync\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationsChangedDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query FailedEmails {\n    outboxEmails(status: failed, page: { first: 50 }) {\n      nodes {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FailedEmailsDocument,
    "\n  mutation RetryOutboxEmail($id: ID!) {\n    retryOutboxEmail(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetryOutboxEmailDocument,
    "\n  fragment ParticipationEventFields on ParticipationEvent {\n    id\n    title\n    titleLanguage\n    description\n    descriptionLanguage\n    titleDe\n    descriptionDe\n    translations {\n      language\n      title\n      description\n    }\n    kind\n    place\n    onlineUrl\n    startsAt\n    endsAt\n    capacity\n    registrationDeadline\n    status\n    sequence\n    seatsTaken\n    waitingCount\n    checkedInCount\n    calendarUrl\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    myRegistration {\n      id\n      status\n      waitingPosition\n      offerExpiresAt\n      checkedInAt\n    }\n  }\n": types.ParticipationEventFieldsFragmentDoc,
    "\n  fragment ParticipationEventRegistrationFields on ParticipationEventRegistration {\n    id\n    eventId\n    status\n    waitingPosition\n    offerExpiresAt\n    checkedInAt\n    createdAt\n    email\n  }\n": types.ParticipationEventRegistrationFieldsFragmentDoc,
    "\n  fragment ParticipationCheckInEntryFields on ParticipationCheckInEntry {\n    registrationId\n    cardIds\n    email\n    checkedInAt\n  }\n": types.ParticipationCheckInEntryFieldsFragmentDoc,
    "\n  query ParticipationEvents {\n    participationEvents {\n      ...ParticipationEventFields\n    }\n  }\n": types.ParticipationEventsDocument,
    "\n  query ParticipationEvent($id: ID!) {\n    participationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n": types.ParticipationEventDocument,
    "\n  query StaffParticipationEvents {\n    staffParticipationEvents {\n      ...ParticipationEventFields\n    }\n  }\n": types.StaffParticipationEventsDocument,
    "\n  query ParticipationEventRegistrations($eventId: ID!) {\n    participationEventRegistrations(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": types.ParticipationEventRegistrationsDocument,
    "\n  query ParticipationEventCheckInList($eventId: ID!) {\n    participationEventCheckInList(eventId: $eventId) {\n      ...ParticipationCheckInEntryFields\n    }\n  }\n": types.ParticipationEventCheckInListDocument,
    "\n  mutation CreateParticipationEvent($input: ParticipationEventInput!) {\n    createParticipationEvent(input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n": types.CreateParticipationEventDocument,
    "\n  mutation UpdateParticipationEvent($id: ID!, $input: ParticipationEventInput!) {\n    updateParticipationEvent(id: $id, input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n": types.UpdateParticipationEventDocument,
    "\n  mutation PublishParticipationEvent($id: ID!) {\n    publishParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n": types.PublishParticipationEventDocument,
    "\n  mutation CancelParticipationEvent($id: ID!) {\n    cancelParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n": types.CancelParticipationEventDocument,
    "\n  mutation RegisterForParticipationEvent($eventId: ID!) {\n    registerForParticipationEvent(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": types.RegisterForParticipationEventDocument,
    "\n  mutation CancelParticipationEventRegistration($registrationId: ID!) {\n    cancelParticipationEventRegistration(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": types.CancelParticipationEventRegistrationDocument,
    "\n  mutation ConfirmParticipationEventSeat($registrationId: ID!) {\n    confirmParticipationEventSeat(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n": types.ConfirmParticipationEventSeatDocument,
    "\n  mutation CheckInParticipationEventCard($eventId: ID!, $code: String!) {\n    checkInParticipationEventCard(eventId: $eventId, code: $code) {\n      outcome\n      reason\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n": types.CheckInParticipationEventCardDocument,
    "\n  mutation CheckInParticipationEventRegistration($registrationId: ID!, $checkedInAt: DateTime) {\n    checkInParticipationEventRegistration(registrationId: $registrationId, checkedInAt: $checkedInAt) {\n      outcome\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n": types.CheckInParticipationEventRegistrationDocument,
    "\n  fragment NewsArticleFields on NewsArticle {\n    id\n    title\n    titleLanguage\n    teaser\n    teaserLanguage\n    bodyHtml\n    bodyLanguage\n    topic\n    publishedAt\n    isPublic\n    imageUrl\n  }\n": types.NewsArticleFieldsFragmentDoc,
    "\n  fragment StaffNewsArticleFields on StaffNewsArticle {\n    id\n    titleDe\n    teaserDe\n    bodyDe\n    translations {\n      language\n      title\n      teaser\n      body\n    }\n    topic\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    isPublic\n    status\n    publishAt\n    publishedAt\n    unpublishedAt\n    imageUrl\n    updatedAt\n  }\n": types.StaffNewsArticleFieldsFragmentDoc,
    "\n  query NewsFeed($page: PageInput) {\n    newsFeed(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NewsFeedDocument,
    "\n  query PublicNews($page: PageInput) {\n    publicNews(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicNewsDocument,
    "\n  query NewsArticle($id: ID!) {\n    newsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n": types.NewsArticleDocument,
    "\n  query PublicNewsArticle($id: ID!) {\n    publicNewsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n": types.PublicNewsArticleDocument,
    "\n  query MyNewsEmailPreferences {\n    myNewsEmailPreferences {\n      topic\n      mode\n    }\n  }\n": types.MyNewsEmailPreferencesDocument,
    "\n  mutation SetNewsEmailPreferences($preferences: [NewsEmailPreferenceInput!]!) {\n    setNewsEmailPreferences(preferences: $preferences) {\n      topic\n      mode\n    }\n  }\n": types.SetNewsEmailPreferencesDocument,
    "\n  mutation UnsubscribeFromNews($input: UnsubscribeFromNewsInput!) {\n    unsubscribeFromNews(input: $input)\n  }\n": types.UnsubscribeFromNewsDocument,
    "\n  query StaffNewsArticles($status: NewsStatus, $page: PageInput) {\n    staffNewsArticles(status: $status, page: $page) {\n      nodes {\n        ...StaffNewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffNewsArticlesDocument,
    "\n  query StaffNewsArticle($id: ID!) {\n    staffNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n": types.StaffNewsArticleDocument,
    "\n  query NewsArticlePreview($id: ID!, $language: String!) {\n    newsArticlePreview(id: $id, language: $language) {\n      ...NewsArticleFields\n    }\n  }\n": types.NewsArticlePreviewDocument,
    "\n  mutation CreateNewsArticle($input: NewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n": types.CreateNewsArticleDocument,
    "\n  mutation UpdateNewsArticle($id: ID!, $input: NewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n": types.UpdateNewsArticleDocument,
    "\n  mutation PublishNewsArticle($id: ID!) {\n    publishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n": types.PublishNewsArticleDocument,
    "\n  mutation UnpublishNewsArticle($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n": types.UnpublishNewsArticleDocument,
    "\n  mutation ScheduleNewsArticle($input: ScheduleNewsArticleInput!) {\n    scheduleNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n": types.ScheduleNewsArticleDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    title {\n      text\n      language\n    }\n    intro {\n      text\n      language\n    }\n    opensAt\n    closesAt\n    state\n    resultsVisibleToParticipants\n    questions {\n      id\n      kind\n      required\n      text {\n        text\n        language\n      }\n      options {\n        id\n        text {\n          text\n          language\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabel {\n        text\n        language\n      }\n      scaleMaxLabel {\n        text\n        language\n      }\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  fragment StaffSurveyFields on StaffSurvey {\n    id\n    status\n    titleDe\n    introDe\n    translations {\n      language\n      title\n      intro\n    }\n    questions {\n      id\n      kind\n      required\n      texts {\n        language\n        text\n      }\n      options {\n        id\n        texts {\n          language\n          text\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabels {\n        language\n        text\n      }\n      scaleMaxLabels {\n        language\n        text\n      }\n    }\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    opensAt\n    closesAt\n    resultsVisibleToParticipants\n    publishedAt\n    closedAt\n    updatedAt\n    participants\n  }\n": types.StaffSurveyFieldsFragmentDoc,
    "\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    title {\n      text\n      language\n    }\n    state\n    minGroupSize\n    respondents\n    district\n    category\n    questions {\n      questionId\n      kind\n      text {\n        text\n        language\n      }\n      answered\n      options {\n        optionId\n        text {\n          text\n          language\n        }\n        count\n        meanRank\n        bordaScore\n      }\n      scaleAverage\n      distribution {\n        value\n        count\n      }\n      freeTexts\n    }\n  }\n": types.SurveyResultsFieldsFragmentDoc,
    "\n  query MySurveys {\n    mySurveys {\n      ...SurveyFields\n    }\n  }\n": types.MySurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyDocument,
    "\n  mutation AnswerSurvey($id: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(id: $id, answers: $answers) {\n      ...SurveyFields\n    }\n  }\n": types.AnswerSurveyDocument,
    "\n  query SurveyResults($id: ID!, $filter: SurveyResultFilterInput) {\n    surveyResults(id: $id, filter: $filter) {\n      ...SurveyResultsFields\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyResultsCsv($id: ID!) {\n    surveyResultsCsv(id: $id)\n  }\n": types.SurveyResultsCsvDocument,
    "\n  query StaffSurveys {\n    staffSurveys {\n      ...StaffSurveyFields\n    }\n  }\n": types.StaffSurveysDocument,
    "\n  query StaffSurvey($id: ID!) {\n    staffSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n": types.StaffSurveyDocument,
    "\n  query SurveyPreview($id: ID!, $language: String!) {\n    surveyPreview(id: $id, language: $language) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyPreviewDocument,
    "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n": types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    reference\n    purpose\n    subjectType\n    subjectId\n    amountCents\n    currency\n    status\n    paid\n    statusMessage\n    provider\n    testPayment\n    checkoutUrl\n    receiptUrl\n    paidAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n": types.PaymentFieldsFragmentDoc,
    "\n  query PaymentSettings {\n    paymentSettings {\n      available\n      testMode\n      demoSubjectType\n      fees {\n        purpose\n        amountCents\n        currency\n      }\n    }\n  }\n": types.PaymentSettingsDocument,
    "\n  query MyPaymentFor($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {\n    myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) {\n      ...PaymentFields\n    }\n  }\n": types.MyPaymentForDocument,
    "\n  query PaymentById($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n": types.PaymentByIdDocument,
    "\n  subscription PaymentChanged($id: ID!) {\n    paymentChanged(id: $id) {\n      ...PaymentFields\n    }\n  }\n": types.PaymentChangedDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n": types.StartPaymentDocument,
    "\n  query MyPayments($page: PageInput) {\n    myPayments(page: $page) {\n      nodes {\n        ...PaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPaymentsDocument,
    "\n  fragment StaffPaymentFields on Payment {\n    id\n    reference\n    purpose\n    amountCents\n    currency\n    status\n    statusMessage\n    payerEmail\n    paidAt\n    refundRequestedAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n": types.StaffPaymentFieldsFragmentDoc,
    "\n  query StaffPayments($search: PaymentSearchInput, $page: PageInput) {\n    staffPayments(search: $search, page: $page) {\n      nodes {\n        ...StaffPaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffPaymentsDocument,
    "\n  query StaffPayment($id: ID!) {\n    payment(id: $id) {\n      ...StaffPaymentFields\n    }\n  }\n": types.StaffPaymentDocument,
    "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...StaffPaymentFields\n    }\n  }\n": types.RefundPaymentDocument,
    "\n  fragment CertificateFields on Certificate {\n    id\n    serialNumber\n    subjectDn\n    pem\n    status\n    notBefore\n    notAfter\n    revokedAt\n    revocationReason\n    companyId\n  }\n": types.CertificateFieldsFragmentDoc,
    "\n  query CompanyCertificates($companyId: ID!) {\n    companyCertificates(companyId: $companyId) {\n      ...CertificateFields\n    }\n  }\n": types.CompanyCertificatesDocument,
    "\n  mutation RequestCertificate($input: RequestCertificateInput!) {\n    requestCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.RequestCertificateDocument,
    "\n  mutation RevokeMyCertificate($input: RevokeMyCertificateInput!) {\n    revokeMyCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.RevokeMyCertificateDocument,
    "\n  query StaffCertificates($filter: CertificateFilterInput, $page: PageInput) {\n    certificates(filter: $filter, page: $page) {\n      nodes {\n        ...CertificateFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffCertificatesDocument,
    "\n  mutation StaffRevokeCertificate($input: StaffRevokeCertificateInput!) {\n    staffRevokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.StaffRevokeCertificateDocument,
    "\n  query MyDataAccesses {\n    myDataAccesses {\n      occurredAt\n      action\n      subjectType\n      offices\n      reason\n    }\n  }\n": types.MyDataAccessesDocument,
    "\n  query RecordsOfProcessing {\n    recordsOfProcessing {\n      key\n      legalBasis\n      dataCategories\n      subjects\n      recipients\n      retention {\n        amount\n        unit\n        from\n      }\n    }\n  }\n": types.RecordsOfProcessingDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query RetentionSummary {\n    retentionSummary {\n      paymentYears\n      caseRecordYears\n    }\n  }\n": types.RetentionSummaryDocument,
    "\n  fragment ResidencyApplicationFields on ResidencyApplication {\n    id\n    category\n    district\n    status\n    givenName\n    familyName\n    student {\n      university\n      enrolmentFrom\n      enrolmentUntil\n    }\n    commuter {\n      employer\n      workAddress\n    }\n    secondHome {\n      secondHomeAddress\n      registeredOn\n    }\n    formerResident {\n      formerAddress\n      livedFrom\n      livedUntil\n    }\n    expectedEvidenceKind\n    submittedAt\n    decidedAt\n    decidedAutomatically\n    rejectionReason\n    decisionMessage\n    createdAt\n    evidence {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      uploadedAt\n      downloadPath\n    }\n    messages {\n      id\n      author\n      body\n      createdAt\n    }\n  }\n": types.ResidencyApplicationFieldsFragmentDoc,
    "\n  fragment VirtualAddressFields on VirtualAddress {\n    id\n    district\n    mailbox\n    lines\n    mailHandling\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    allocatedAt\n  }\n": types.VirtualAddressFieldsFragmentDoc,
    "\n  query MyResidencyOverview {\n    myResidencyApplications {\n      ...ResidencyApplicationFields\n    }\n    myResidency {\n      id\n      categories\n      district\n      validFrom\n      validUntil\n    }\n    myVirtualAddress {\n      ...VirtualAddressFields\n    }\n  }\n": types.MyResidencyOverviewDocument,
    "\n  query MyResidencyApplication($id: ID!) {\n    myResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n": types.MyResidencyApplicationDocument,
    "\n  subscription ResidencyApplicationChanged($id: ID!) {\n    residencyApplicationChanged(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n": types.ResidencyApplicationChangedDocument,
    "\n  mutation CreateResidencyApplication($input: CreateResidencyApplicationInput!) {\n    createResidencyApplication(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n": types.CreateResidencyApplicationDocument,
    "\n  mutation SubmitResidencyApplication($id: ID!) {\n    submitResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n": types.SubmitResidencyApplicationDocument,
    "\n  mutation DiscardResidencyApplication($id: ID!) {\n    discardResidencyApplication(id: $id)\n  }\n": types.DiscardResidencyApplicationDocument,
    "\n  mutation RemoveResidencyEvidence($id: ID!) {\n    removeResidencyEvidence(id: $id)\n  }\n": types.RemoveResidencyEvidenceDocument,
    "\n  mutation AnswerResidencyInfoRequest($input: AnswerInfoRequestInput!) {\n    answerResidencyInfoRequest(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n": types.AnswerResidencyInfoRequestDocument,
    "\n  mutation UpdateMailHandling($input: UpdateMailHandlingInput!) {\n    updateMailHandling(input: $input) {\n      ...VirtualAddressFields\n    }\n  }\n": types.UpdateMailHandlingDocument,
    "\n  fragment SecureMessageFields on SecureMessage {\n    id\n    threadId\n    subject\n    sender\n    body\n    sentAt\n    signedAt\n    verdict\n    verdictReason\n    signer {\n      commonName\n      organization\n      serialNumber\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n    }\n  }\n": types.SecureMessageFieldsFragmentDoc,
    "\n  fragment SecureThreadFields on SecureThread {\n    id\n    companyId\n    companyName\n    subject\n    createdAt\n    lastMessageAt\n    messageCount\n    latestMessage {\n      ...SecureMessageFields\n    }\n  }\n": types.SecureThreadFieldsFragmentDoc,
    "\n  query CompanyMailbox($companyId: ID!, $page: PageInput) {\n    companyMailbox(companyId: $companyId, page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CompanyMailboxDocument,
    "\n  query StaffMailbox($page: PageInput) {\n    staffMailbox(page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffMailboxDocument,
    "\n  query SecureThread($threadId: ID!, $page: PageInput) {\n    secureThread(id: $threadId) {\n      ...SecureThreadFields\n    }\n    secureThreadMessages(threadId: $threadId, page: $page) {\n      nodes {\n        ...SecureMessageFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SecureThreadDocument,
    "\n  query LatestOfficeMessages($companyId: ID!, $first: Int) {\n    latestOfficeMessages(companyId: $companyId, first: $first) {\n      ...SecureMessageFields\n    }\n  }\n": types.LatestOfficeMessagesDocument,
    "\n  fragment TradeRegistrationFields on TradeRegistration {\n    id\n    companyId\n    establishmentId\n    status\n    establishmentKind\n    activityDescription\n    wzCode\n    wzTitle\n    wzEdition\n    startDate\n    businessScope\n    employeesFullTime\n    employeesPartTime\n    permits {\n      kind\n      authority\n      issuedOn\n    }\n    operator {\n      legalName\n      legalForm\n      countryCode\n      registerName\n      registerNumber\n      headOffice {\n        street\n        postcode\n        city\n        countryCode\n      }\n    }\n    persons {\n      accountId\n      role\n      givenName\n      familyName\n      birthDate\n      nationality\n    }\n    businessAddressLines\n    feeCents\n    paymentSubjectType\n    registrationNumber\n    confirmationUrl\n    rejectionReason\n    decisionMessage\n    infoRequest\n    applicantAnswer\n    submittedAt\n    registeredAt\n    createdAt\n  }\n": types.TradeRegistrationFieldsFragmentDoc,
    "\n  query TradeRegistrationPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      establishments {\n        id\n        kind\n        businessAddressLines\n      }\n    }\n    tradeRegistrations(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n": types.TradeRegistrationPageDocument,
    "\n  subscription TradeRegistrationsChanged($companyId: ID!) {\n    tradeRegistrationsChanged(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n": types.TradeRegistrationsChangedDocument,
    "\n  query WzCodeSuggestions($query: String!, $first: Int) {\n    wzCodeSuggestions(query: $query, first: $first) {\n      code\n      title\n      level\n      selectable\n      explanation\n      explanationLanguage\n      matchedKeyword\n    }\n  }\n": types.WzCodeSuggestionsDocument,
    "\n  mutation StartTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n": types.StartTradeRegistrationDocument,
    "\n  mutation UpdateTradeRegistration($input: TradeRegistrationFormInput!) {\n    updateTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n": types.UpdateTradeRegistrationDocument,
    "\n  mutation SubmitTradeRegistration($id: ID!) {\n    submitTradeRegistration(id: $id) {\n      ...TradeRegistrationFields\n    }\n  }\n": types.SubmitTradeRegistrationDocument,
    "\n  mutation AnswerTradeRegistration($input: AnswerTradeRegistrationInput!) {\n    answerTradeRegistrationInfoRequest(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n": types.AnswerTradeRegistrationDocument,
    "\n  query CaseTradeRegistration($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      tradeRegistrationExportUrl\n      tradeRegistration {\n        ...TradeRegistrationFields\n      }\n    }\n  }\n": types.CaseTradeRegistrationDocument,
    "\n  fragment VenueApplicationFields on VenueApplication {\n    id\n    organisationName\n    kind\n    address\n    district\n    contactName\n    contactEmail\n    contactPhone\n    description\n    categories\n    offers {\n      titleDe\n      titleEn\n      discountPercent\n      fixedPriceCents\n      translations {\n        language\n        title\n      }\n    }\n    status\n    infoRequest\n    applicantAnswer\n    rejectionReason\n    decisionMessage\n    createdAt\n  }\n": types.VenueApplicationFieldsFragmentDoc,
    "\n  query MyVenueApplications {\n    myVenueApplications {\n      ...VenueApplicationFields\n    }\n  }\n": types.MyVenueApplicationsDocument,
    "\n  mutation SubmitVenueApplication($input: VenueApplicationInput!) {\n    submitVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n": types.SubmitVenueApplicationDocument,
    "\n  mutation AnswerVenueApplication($input: AnswerVenueApplicationInput!) {\n    answerVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n": types.AnswerVenueApplicationDocument,
    "\n  query CaseVenueApplication($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      venueApplication {\n        ...VenueApplicationFields\n      }\n    }\n  }\n": types.CaseVenueApplicationDocument,
    "\n  query VenueTeam {\n    venueColleagues {\n      accountId\n      email\n      since\n      isMe\n    }\n    venueInvitations {\n      id\n      email\n      expiresAt\n    }\n  }\n": types.VenueTeamDocument,
    "\n  mutation InviteVenueOperator($input: InviteVenueOperatorInput!) {\n    inviteVenueOperator(input: $input) {\n      id\n    }\n  }\n": types.InviteVenueOperatorDocument,
    "\n  mutation RevokeVenueInvitation($id: ID!) {\n    revokeVenueInvitation(id: $id) {\n      id\n    }\n  }\n": types.RevokeVenueInvitationDocument,
    "\n  mutation RemoveVenueColleague($accountId: ID!) {\n    removeVenueColleague(accountId: $accountId)\n  }\n": types.RemoveVenueColleagueDocument,
    "\n  query VenueInvitationPreview($token: String!) {\n    venueInvitation(token: $token) {\n      venueName\n      status\n      expiresAt\n    }\n  }\n": types.VenueInvitationPreviewDocument,
    "\n  mutation AcceptVenueInvitation($token: String!) {\n    acceptVenueInvitation(token: $token) {\n      id\n    }\n  }\n": types.AcceptVenueInvitationDocument,
    "\n  query StaffVenues {\n    venues {\n      id\n      name\n      kind\n      address\n      district\n      active\n    }\n  }\n": types.StaffVenuesDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      district\n      active\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  fragment VenueFields on Venue {\n    id\n    name\n    kind\n    address\n    district\n    openingHours\n    contact\n  }\n": types.VenueFieldsFragmentDoc,
    "\n  fragment OfferFields on Offer {\n    id\n    venueId\n    title\n    titleLanguage\n    titleDe\n    titleEn\n    description\n    descriptionLanguage\n    descriptionDe\n    descriptionEn\n    discountPercent\n    fixedPriceCents\n    categories\n    validFrom\n    validUntil\n    conditions\n    conditionsLanguage\n    conditionsDe\n    conditionsEn\n    translations {\n      language\n      title\n      description\n      conditions\n    }\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  fragment VenueApiKeyFields on VenueApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.VenueApiKeyFieldsFragmentDoc,
    "\n  query ManagedVenue {\n    managedVenue {\n      ...VenueFields\n    }\n    venueOffers {\n      ...OfferFields\n    }\n    venueApiKeys {\n      ...VenueApiKeyFields\n    }\n  }\n": types.ManagedVenueDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  mutation CreateVenueApiKey($input: CreateApiKeyInput!) {\n    createVenueApiKey(input: $input) {\n      key\n      apiKey {\n        ...VenueApiKeyFields\n      }\n    }\n  }\n": types.CreateVenueApiKeyDocument,
    "\n  mutation RevokeVenueApiKey($id: ID!) {\n    revokeVenueApiKey(id: $id) {\n      ...VenueApiKeyFields\n    }\n  }\n": types.RevokeVenueApiKeyDocument,
    "\n  mutation VerifyDiscount($code: String!, $offerId: ID) {\n    verifyDiscount(code: $code, offerId: $offerId) {\n      verificationId\n      valid\n      eligible\n      reason\n      card {\n        status\n        validUntil\n        categories\n      }\n      offer {\n        id\n        title\n        titleLanguage\n        discountPercent\n        fixedPriceCents\n      }\n      repeatedPresentation\n      presentation\n      holderName\n      notice\n      printedCardUsesToday\n    }\n  }\n": types.VerifyDiscountDocument,
    "\n  mutation RecordOfflineVerifications($entries: [OfflineVerificationInput!]!) {\n    recordOfflineVerifications(entries: $entries)\n  }\n": types.RecordOfflineVerificationsDocument,
    "\n  query MyEligibleOffers($kind: VenueKind, $district: String) {\n    myEligibleOffers(kind: $kind, district: $district) {\n      ...OfferFields\n      venue {\n        ...VenueFields\n      }\n    }\n  }\n": types.MyEligibleOffersDocument,
    "\n  query VenueStatistics($days: Int!) {\n    venueStatistics(days: $days) {\n      from\n      verifications\n      uniqueVisitors\n      perDay {\n        day\n        verifications\n        granted\n      }\n      perOffer {\n        offerId\n        titleDe\n        titleEn\n        verifications\n        granted\n      }\n      perCategory {\n        category\n        visitors\n      }\n    }\n  }\n": types.VenueStatisticsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddressPoolFields on AddressPool {\n    id\n    code\n    district\n    careOf\n    street\n    postcode\n    city\n    mailboxPrefix\n    active\n    mailboxesIssued\n  }\n"): (typeof documents)["\n  fragment AddressPoolFields on AddressPool {\n    id\n    code\n    district\n    careOf\n    street\n    postcode\n    city\n    mailboxPrefix\n    active\n    mailboxesIssued\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentAddressPools {\n    residentAddressPools {\n      ...AddressPoolFields\n    }\n  }\n"): (typeof documents)["\n  query ResidentAddressPools {\n    residentAddressPools {\n      ...AddressPoolFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResidentAddressPool($input: CreateAddressPoolInput!) {\n    createResidentAddressPool(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResidentAddressPool($input: CreateAddressPoolInput!) {\n    createResidentAddressPool(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResidentAddressPool($input: UpdateAddressPoolInput!) {\n    updateResidentAddressPool(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResidentAddressPool($input: UpdateAddressPoolInput!) {\n    updateResidentAddressPool(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentMailItemFields on ResidentMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    scanUrl\n    scanMediaType\n    read\n    completedAt\n  }\n"): (typeof documents)["\n  fragment ResidentMailItemFields on ResidentMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    scanUrl\n    scanMediaType\n    read\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResidentMail($page: PageInput) {\n    myResidentMail(page: $page) {\n      nodes {\n        ...ResidentMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myVirtualAddress {\n      id\n      mailbox\n      mailHandling\n    }\n  }\n"): (typeof documents)["\n  query MyResidentMail($page: PageInput) {\n    myResidentMail(page: $page) {\n      nodes {\n        ...ResidentMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myVirtualAddress {\n      id\n      mailbox\n      mailHandling\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkResidentMailRead($itemId: ID!, $read: Boolean!) {\n    markResidentMailRead(itemId: $itemId, read: $read) {\n      ...ResidentMailItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkResidentMailRead($itemId: ID!, $read: Boolean!) {\n    markResidentMailRead(itemId: $itemId, read: $read) {\n      ...ResidentMailItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffResidentMailbox($mailbox: String!) {\n    staffResidentMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      holderName\n      handling\n      recentItems {\n        ...ResidentMailItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffResidentMailbox($mailbox: String!) {\n    staffResidentMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      holderName\n      handling\n      recentItems {\n        ...ResidentMailItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteResidentMail($itemId: ID!) {\n    completeResidentMail(itemId: $itemId) {\n      ...ResidentMailItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteResidentMail($itemId: ID!) {\n    completeResidentMail(itemId: $itemId) {\n      ...ResidentMailItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentBookingFields on AppointmentBooking {\n    id\n    serviceId\n    office\n    serviceName\n    channel\n    status\n    startsAt\n    endsAt\n    bookerTimeZone\n    place\n    caseId\n    sequence\n    cancelReason\n    cancelledByStaff\n    bookerEmail\n    staffAccountId\n    staffEmail\n    homeVisitReason\n    visitAddress\n    visitDistrict\n    onBehalfOfName\n    consentRecordedAt\n  }\n"): (typeof documents)["\n  fragment AppointmentBookingFields on AppointmentBooking {\n    id\n    serviceId\n    office\n    serviceName\n    channel\n    status\n    startsAt\n    endsAt\n    bookerTimeZone\n    place\n    caseId\n    sequence\n    cancelReason\n    cancelledByStaff\n    bookerEmail\n    staffAccountId\n    staffEmail\n    homeVisitReason\n    visitAddress\n    visitDistrict\n    onBehalfOfName\n    consentRecordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      nameLanguage\n      durationMinutes\n      seats\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n"): (typeof documents)["\n  query AppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      nameLanguage\n      durationMinutes\n      seats\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n"): (typeof documents)["\n  query AppointmentSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointmentCases {\n    myAppointmentCases {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyAppointmentCases {\n    myAppointmentCases {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments {\n    myAppointments {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  query MyAppointments {\n    myAppointments {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAppointment($id: ID!, $startsAt: DateTime!) {\n    moveAppointment(id: $id, startsAt: $startsAt) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAppointment($id: ID!, $startsAt: DateTime!) {\n    moveAppointment(id: $id, startsAt: $startsAt) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentByLink($token: String!, $language: String!) {\n    appointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  query AppointmentByLink($token: String!, $language: String!) {\n    appointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointmentByLink($token: String!, $language: String!) {\n    cancelAppointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointmentByLink($token: String!, $language: String!) {\n    cancelAppointmentByLink(token: $token, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAppointmentByLink($token: String!, $startsAt: DateTime!, $language: String!) {\n    moveAppointmentByLink(token: $token, startsAt: $startsAt, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAppointmentByLink($token: String!, $startsAt: DateTime!, $language: String!) {\n    moveAppointmentByLink(token: $token, startsAt: $startsAt, language: $language) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointmentOffices {\n    myAppointmentOffices\n  }\n"): (typeof documents)["\n  query MyAppointmentOffices {\n    myAppointmentOffices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAppointmentDay($day: String!) {\n    staffAppointmentDay(day: $day) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  query StaffAppointmentDay($day: String!) {\n    staffAppointmentDay(day: $day) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAppointmentAttendance($id: ID!, $attended: Boolean!) {\n    markAppointmentAttendance(id: $id, attended: $attended) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAppointmentAttendance($id: ID!, $attended: Boolean!) {\n    markAppointmentAttendance(id: $id, attended: $attended) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCancelAppointment($id: ID!, $reason: String!) {\n    staffCancelAppointment(id: $id, reason: $reason) {\n      ...AppointmentBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCancelAppointment($id: ID!, $reason: String!) {\n    staffCancelAppointment(id: $id, reason: $reason) {\n      ...AppointmentBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointmentHours($office: AppointmentOffice!) {\n    myAppointmentHours(office: $office) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n    myAppointmentTimeOff(office: $office) {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  query MyAppointmentHours($office: AppointmentOffice!) {\n    myAppointmentHours(office: $office) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n    myAppointmentTimeOff(office: $office) {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAppointmentHours($office: AppointmentOffice!, $hours: [AppointmentOpeningHoursInput!]!) {\n    setMyAppointmentHours(office: $office, hours: $hours) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyAppointmentHours($office: AppointmentOffice!, $hours: [AppointmentOpeningHoursInput!]!) {\n    setMyAppointmentHours(office: $office, hours: $hours) {\n      id\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyAppointmentTimeOff($input: AppointmentTimeOffInput!) {\n    addMyAppointmentTimeOff(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMyAppointmentTimeOff($input: AppointmentTimeOffInput!) {\n    addMyAppointmentTimeOff(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyAppointmentTimeOff($id: ID!) {\n    removeMyAppointmentTimeOff(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMyAppointmentTimeOff($id: ID!) {\n    removeMyAppointmentTimeOff(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHomeVisitPlan($day: String!) {\n    staffHomeVisitPlan(day: $day) {\n      district\n      visits {\n        ...AppointmentBookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffHomeVisitPlan($day: String!) {\n    staffHomeVisitPlan(day: $day) {\n      district\n      visits {\n        ...AppointmentBookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      names {\n        language\n        name\n      }\n      durationMinutes\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      seats\n      minNoticeMinutes\n      bookingWindowDays\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n"): (typeof documents)["\n  query StaffAppointmentServices {\n    appointmentServices {\n      id\n      office\n      name\n      names {\n        language\n        name\n      }\n      durationMinutes\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      seats\n      minNoticeMinutes\n      bookingWindowDays\n      video\n      inPerson\n      homeVisit\n      place\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAppointmentService($id: ID, $input: AppointmentServiceInput!) {\n    saveAppointmentService(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAppointmentService($id: ID, $input: AppointmentServiceInput!) {\n    saveAppointmentService(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on BackofficeCase {\n    id\n    kind\n    subjectId\n    status\n    outcome\n    createdAt\n    dueAt\n    overdue\n    applicant {\n      id\n      email\n    }\n    assignee {\n      id\n      email\n    }\n    facets {\n      name\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on BackofficeCase {\n    id\n    kind\n    subjectId\n    status\n    outcome\n    createdAt\n    dueAt\n    overdue\n    applicant {\n      id\n      email\n    }\n    assignee {\n      id\n      email\n    }\n    facets {\n      name\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackofficeCases($filter: BackofficeCaseFilter, $page: PageInput) {\n    backofficeCases(filter: $filter, page: $page) {\n      nodes {\n        ...CaseSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BackofficeCases($filter: BackofficeCaseFilter, $page: PageInput) {\n    backofficeCases(filter: $filter, page: $page) {\n      nodes {\n        ...CaseSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackofficeCase($id: ID!) {\n    backofficeCase(id: $id) {\n      ...CaseSummaryFields\n      rejectionReasons\n      timeline {\n        id\n        type\n        occurredAt\n        reasonCode\n        message\n        findings\n        fileName\n        actor {\n          id\n          email\n        }\n        assignee {\n          id\n          email\n        }\n      }\n      residencyApplication {\n        ...ResidencyApplicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BackofficeCase($id: ID!) {\n    backofficeCase(id: $id) {\n      ...CaseSummaryFields\n      rejectionReasons\n      timeline {\n        id\n        type\n        occurredAt\n        reasonCode\n        message\n        findings\n        fileName\n        actor {\n          id\n          email\n        }\n        assignee {\n          id\n          email\n        }\n      }\n      residencyApplication {\n        ...ResidencyApplicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackofficeAssignees($kind: String!) {\n    backofficeAssignees(kind: $kind) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query BackofficeAssignees($kind: String!) {\n    backofficeAssignees(kind: $kind) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimBackofficeCase($id: ID!) {\n    claimBackofficeCase(id: $id) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimBackofficeCase($id: ID!) {\n    claimBackofficeCase(id: $id) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignBackofficeCase($id: ID!, $assigneeId: ID) {\n    assignBackofficeCase(id: $id, assigneeId: $assigneeId) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignBackofficeCase($id: ID!, $assigneeId: ID) {\n    assignBackofficeCase(id: $id, assigneeId: $assigneeId) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBackofficeCase($input: DecideBackofficeCaseInput!) {\n    decideBackofficeCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBackofficeCase($input: DecideBackofficeCaseInput!) {\n    decideBackofficeCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackofficeCaseKinds {\n    backofficeCaseKinds\n  }\n"): (typeof documents)["\n  query BackofficeCaseKinds {\n    backofficeCaseKinds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackofficeStatistics($filter: StatisticsFilter!) {\n    backofficeStatistics(filter: $filter) {\n      key\n      labelKind\n      columns\n      byDistrict\n      rows {\n        label\n        values\n      }\n    }\n  }\n"): (typeof documents)["\n  query BackofficeStatistics($filter: StatisticsFilter!) {\n    backofficeStatistics(filter: $filter) {\n      key\n      labelKind\n      columns\n      byDistrict\n      rows {\n        label\n        values\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BackofficeQueueChanged {\n    backofficeQueueChanged {\n      caseId\n      kind\n      change\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription BackofficeQueueChanged {\n    backofficeQueueChanged {\n      caseId\n      kind\n      change\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerBankFields on PartnerBank {\n    id\n    code\n    name\n    bic\n    bankCode\n    sandbox\n  }\n"): (typeof documents)["\n  fragment PartnerBankFields on PartnerBank {\n    id\n    code\n    name\n    bic\n    bankCode\n    sandbox\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankApplicationFields on BankAccountApplication {\n    id\n    status\n    statusChangedAt\n    iban\n    ibanFormatted\n    declineReason\n    consentGivenAt\n    kycPackageSha256\n    handedOverAt\n    createdAt\n    bank {\n      ...PartnerBankFields\n    }\n    documentRequests {\n      id\n      documentKind\n      bankMessage\n      status\n      answerText\n      answeredAt\n      forwardedAt\n      attachment {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BankApplicationFields on BankAccountApplication {\n    id\n    status\n    statusChangedAt\n    iban\n    ibanFormatted\n    declineReason\n    consentGivenAt\n    kycPackageSha256\n    handedOverAt\n    createdAt\n    bank {\n      ...PartnerBankFields\n    }\n    documentRequests {\n      id\n      documentKind\n      bankMessage\n      status\n      answerText\n      answeredAt\n      forwardedAt\n      attachment {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankAccountPage($companyId: ID!) {\n    partnerBanks {\n      ...PartnerBankFields\n    }\n    bankAccountApplications(companyId: $companyId) {\n      ...BankApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query BankAccountPage($companyId: ID!) {\n    partnerBanks {\n      ...PartnerBankFields\n    }\n    bankAccountApplications(companyId: $companyId) {\n      ...BankApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankKycPreview($companyId: ID!) {\n    bankAccountKycPreview(companyId: $companyId) {\n      consentTextVersion\n      contentSha256\n      company {\n        legalName\n        legalForm\n        countryCode\n        registerName\n        registerNumber\n        vatId\n        website\n        mainActivity\n        headOffice {\n          street\n          postcode\n          city\n          countryCode\n        }\n      }\n      registerExtract {\n        fileName\n        sizeBytes\n        sha256\n      }\n      representatives {\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        placeOfBirth\n        assuranceLevel\n        verificationMethod\n      }\n      tradeRegistration {\n        status\n        registrationNumber\n        wzCode\n        wzTitle\n        activityDescription\n        startDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankKycPreview($companyId: ID!) {\n    bankAccountKycPreview(companyId: $companyId) {\n      consentTextVersion\n      contentSha256\n      company {\n        legalName\n        legalForm\n        countryCode\n        registerName\n        registerNumber\n        vatId\n        website\n        mainActivity\n        headOffice {\n          street\n          postcode\n          city\n          countryCode\n        }\n      }\n      registerExtract {\n        fileName\n        sizeBytes\n        sha256\n      }\n      representatives {\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        placeOfBirth\n        assuranceLevel\n        verificationMethod\n      }\n      tradeRegistration {\n        status\n        registrationNumber\n        wzCode\n        wzTitle\n        activityDescription\n        startDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForBankAccount($input: ApplyForBankAccountInput!) {\n    applyForBankAccount(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForBankAccount($input: ApplyForBankAccountInput!) {\n    applyForBankAccount(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerBankDocumentRequest($input: AnswerBankDocumentRequestInput!) {\n    answerBankDocumentRequest(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerBankDocumentRequest($input: AnswerBankDocumentRequestInput!) {\n    answerBankDocumentRequest(input: $input) {\n      ...BankApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredPartnerBanks {\n    administeredPartnerBanks {\n      id\n      code\n      name\n      bic\n      bankCode\n      apiBaseUrl\n      webhookPath\n      sandbox\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdministeredPartnerBanks {\n    administeredPartnerBanks {\n      id\n      code\n      name\n      bic\n      bankCode\n      apiBaseUrl\n      webhookPath\n      sandbox\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerBank($input: CreatePartnerBankInput!) {\n    createPartnerBank(input: $input) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerBank($input: CreatePartnerBankInput!) {\n    createPartnerBank(input: $input) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerBank($input: UpdatePartnerBankInput!) {\n    updatePartnerBank(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerBank($input: UpdatePartnerBankInput!) {\n    updatePartnerBank(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePartnerBankSecret($id: ID!) {\n    rotatePartnerBankSecret(id: $id) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotatePartnerBankSecret($id: ID!) {\n    rotatePartnerBankSecret(id: $id) {\n      webhookSecret\n      bank {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForwardingAddressFields on ForwardingAddress {\n    name\n    street\n    postcode\n    city\n    country\n  }\n"): (typeof documents)["\n  fragment ForwardingAddressFields on ForwardingAddress {\n    name\n    street\n    postcode\n    city\n    country\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessMailServiceFields on BusinessMailService {\n    id\n    status\n    mailHandling\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    monthlyFeeCents\n    paymentSubjectType\n    paymentSubjectId\n    paidUntil\n    activatedAt\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment BusinessMailServiceFields on BusinessMailService {\n    id\n    status\n    mailHandling\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    monthlyFeeCents\n    paymentSubjectType\n    paymentSubjectId\n    paidUntil\n    activatedAt\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyBusinessAddressFields on CompanyBusinessAddress {\n    id\n    establishmentId\n    servicePointCode\n    servicePointName\n    mailbox\n    lines\n    allocatedAt\n    currentMonthlyFeeCents\n    currency\n    service {\n      ...BusinessMailServiceFields\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyBusinessAddressFields on CompanyBusinessAddress {\n    id\n    establishmentId\n    servicePointCode\n    servicePointName\n    mailbox\n    lines\n    allocatedAt\n    currentMonthlyFeeCents\n    currency\n    service {\n      ...BusinessMailServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessMailItemFields on BusinessMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    scanUrl\n    scanMediaType\n    scanSizeBytes\n    read\n    completedAt\n  }\n"): (typeof documents)["\n  fragment BusinessMailItemFields on BusinessMailItem {\n    id\n    sender\n    receivedOn\n    receivedAt\n    mailbox\n    handling\n    status\n    forwardingAddress {\n      ...ForwardingAddressFields\n    }\n    scanUrl\n    scanMediaType\n    scanSizeBytes\n    read\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyBusinessAddresses($companyId: ID!) {\n    companyBusinessAddresses(companyId: $companyId) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyBusinessAddresses($companyId: ID!) {\n    companyBusinessAddresses(companyId: $companyId) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpBusinessMailService($input: BusinessMailServiceInput!) {\n    setUpBusinessMailService(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUpBusinessMailService($input: BusinessMailServiceInput!) {\n    setUpBusinessMailService(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeBusinessMailHandling($input: BusinessMailServiceInput!) {\n    changeBusinessMailHandling(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeBusinessMailHandling($input: BusinessMailServiceInput!) {\n    changeBusinessMailHandling(input: $input) {\n      ...CompanyBusinessAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyMail($companyId: ID!, $page: PageInput) {\n    companyMail(companyId: $companyId, page: $page) {\n      nodes {\n        ...BusinessMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyMail($companyId: ID!, $page: PageInput) {\n    companyMail(companyId: $companyId, page: $page) {\n      nodes {\n        ...BusinessMailItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkBusinessMailRead($itemId: ID!) {\n    markBusinessMailRead(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkBusinessMailRead($itemId: ID!) {\n    markBusinessMailRead(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBusinessMailbox($mailbox: String!) {\n    staffBusinessMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      companyName\n      lines\n      serviceStatus\n      handling\n      forwardingAddress {\n        ...ForwardingAddressFields\n      }\n      recentItems {\n        ...BusinessMailItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffBusinessMailbox($mailbox: String!) {\n    staffBusinessMailbox(mailbox: $mailbox) {\n      allocationId\n      mailbox\n      companyName\n      lines\n      serviceStatus\n      handling\n      forwardingAddress {\n        ...ForwardingAddressFields\n      }\n      recentItems {\n        ...BusinessMailItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBusinessMail($itemId: ID!) {\n    completeBusinessMail(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteBusinessMail($itemId: ID!) {\n    completeBusinessMail(itemId: $itemId) {\n      ...BusinessMailItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredServicePoints {\n    administeredServicePoints {\n      ...AddressPoolFields\n    }\n  }\n"): (typeof documents)["\n  query AdministeredServicePoints {\n    administeredServicePoints {\n      ...AddressPoolFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePoint($input: CreateAddressPoolInput!) {\n    createServicePoint(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServicePoint($input: CreateAddressPoolInput!) {\n    createServicePoint(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServicePoint($input: UpdateAddressPoolInput!) {\n    updateServicePoint(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServicePoint($input: UpdateAddressPoolInput!) {\n    updateServicePoint(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CardFields on CitizenCard {\n    id\n    number\n    holderName\n    holderNameVerified\n    categories\n    district\n    validFrom\n    validUntil\n    status\n    statusReason\n    entitlementStatus\n    replacedByCardId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CardFields on CitizenCard {\n    id\n    number\n    holderName\n    holderNameVerified\n    categories\n    district\n    validFrom\n    validUntil\n    status\n    statusReason\n    entitlementStatus\n    replacedByCardId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CardRequestFields on CardRequest {\n    id\n    status\n    holderName\n    feeCents\n    paymentSubjectType\n    cardId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CardRequestFields on CardRequest {\n    id\n    status\n    holderName\n    feeCents\n    paymentSubjectType\n    cardId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCards {\n    myCitizenCards {\n      ...CardFields\n      deviceCredential {\n        id\n        cardId\n        credential\n        statusListIndex\n      }\n    }\n    myCardRequests {\n      ...CardRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyCards {\n    myCitizenCards {\n      ...CardFields\n      deviceCredential {\n        id\n        cardId\n        credential\n        statusListIndex\n      }\n    }\n    myCardRequests {\n      ...CardRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCitizenCard($input: RequestCitizenCardInput!) {\n    requestCitizenCard(input: $input) {\n      ...CardRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCitizenCard($input: RequestCitizenCardInput!) {\n    requestCitizenCard(input: $input) {\n      ...CardRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateCardOnDevice($input: ActivateCardInput!) {\n    activateCardOnDevice(input: $input) {\n      id\n      cardId\n      credential\n      statusListIndex\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateCardOnDevice($input: ActivateCardInput!) {\n    activateCardOnDevice(input: $input) {\n      id\n      cardId\n      credential\n      statusListIndex\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCardLost($cardId: ID!) {\n    reportCardLost(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCardLost($cardId: ID!) {\n    reportCardLost(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceCitizenCard($cardId: ID!) {\n    replaceCitizenCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceCitizenCard($cardId: ID!) {\n    replaceCitizenCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenCardByNumber($number: String!) {\n    citizenCardByNumber(number: $number) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  query CitizenCardByNumber($number: String!) {\n    citizenCardByNumber(number: $number) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendCitizenCard($input: CardStatusChangeInput!) {\n    card: suspendCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendCitizenCard($input: CardStatusChangeInput!) {\n    card: suspendCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCitizenCard($input: CardStatusChangeInput!) {\n    card: resumeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCitizenCard($input: CardStatusChangeInput!) {\n    card: resumeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCitizenCard($input: CardStatusChangeInput!) {\n    card: revokeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCitizenCard($input: CardStatusChangeInput!) {\n    card: revokeCitizenCard(input: $input) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCitizenCard($cardId: ID!) {\n    renewCitizenCard(cardId: $cardId) {\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation RenewCitizenCard($cardId: ID!) {\n    renewCitizenCard(cardId: $cardId) {\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardResidencyStatus {\n    myResidency {\n      id\n      status\n    }\n    myResidencyApplications {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query CardResidencyStatus {\n    myResidency {\n      id\n      status\n    }\n    myResidencyApplications {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCardWalletOffer($cardId: ID!) {\n    createCardWalletOffer(cardId: $cardId) {\n      offerUri\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCardWalletOffer($cardId: ID!) {\n    createCardWalletOffer(cardId: $cardId) {\n      offerUri\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrowthPlanFields on GrowthPlan {\n    id\n    companyId\n    establishmentId\n    kind\n    stage\n    establishmentStatus\n    businessAddressLines\n    checklist {\n      item\n      required\n      fileName\n      mediaType\n      uploadedAt\n      path\n    }\n    subsidiary {\n      name\n      legalForm\n      shareCapitalCents\n      articles\n      shareholders {\n        name\n        countryCode\n        nominalCents\n        isParentCompany\n      }\n      managingDirectorAccountIds\n    }\n    onlineNotarisation {\n      accountId\n      givenName\n      familyName\n      method\n      nationality\n      eligible\n      reason\n    }\n    businessStartDate\n    deadlines {\n      kind\n      dueOn\n      doneAt\n      remindedAt\n    }\n    packages {\n      package\n      pdfPath\n      jsonPath\n    }\n    handedOverAt\n    registerCourt\n    registerNumber\n    registeredAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment GrowthPlanFields on GrowthPlan {\n    id\n    companyId\n    establishmentId\n    kind\n    stage\n    establishmentStatus\n    businessAddressLines\n    checklist {\n      item\n      required\n      fileName\n      mediaType\n      uploadedAt\n      path\n    }\n    subsidiary {\n      name\n      legalForm\n      shareCapitalCents\n      articles\n      shareholders {\n        name\n        countryCode\n        nominalCents\n        isParentCompany\n      }\n      managingDirectorAccountIds\n    }\n    onlineNotarisation {\n      accountId\n      givenName\n      familyName\n      method\n      nationality\n      eligible\n      reason\n    }\n    businessStartDate\n    deadlines {\n      kind\n      dueOn\n      doneAt\n      remindedAt\n    }\n    packages {\n      package\n      pdfPath\n      jsonPath\n    }\n    handedOverAt\n    registerCourt\n    registerNumber\n    registeredAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyGrowthPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      myRole\n      representatives {\n        accountId\n        role\n        givenName\n        familyName\n        email\n      }\n      establishments {\n        id\n        kind\n        status\n      }\n    }\n    companyGrowth(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyGrowthPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      myRole\n      representatives {\n        accountId\n        role\n        givenName\n        familyName\n        email\n      }\n      establishments {\n        id\n        kind\n        status\n      }\n    }\n    companyGrowth(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBranch($companyId: ID!) {\n    startBranch(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartBranch($companyId: ID!) {\n    startBranch(companyId: $companyId) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSubsidiary($input: SaveSubsidiaryInput!) {\n    saveSubsidiary(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSubsidiary($input: SaveSubsidiaryInput!) {\n    saveSubsidiary(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverGrowthPlan($planId: ID!) {\n    handOverGrowthPlan(planId: $planId) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation HandOverGrowthPlan($planId: ID!) {\n    handOverGrowthPlan(planId: $planId) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordGrowthRegistration($input: RecordGrowthRegistrationInput!) {\n    recordGrowthRegistration(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordGrowthRegistration($input: RecordGrowthRegistrationInput!) {\n    recordGrowthRegistration(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGrowthBusinessStart($planId: ID!, $date: String!) {\n    setGrowthBusinessStart(planId: $planId, date: $date) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGrowthBusinessStart($planId: ID!, $date: String!) {\n    setGrowthBusinessStart(planId: $planId, date: $date) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkGrowthDeadline($input: GrowthDeadlineInput!) {\n    markGrowthDeadline(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkGrowthDeadline($input: GrowthDeadlineInput!) {\n    markGrowthDeadline(input: $input) {\n      ...GrowthPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBranchTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      id\n      establishmentId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartBranchTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      id\n      establishmentId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrowingCompanies {\n    growingCompanies {\n      companyId\n      legalName\n      countryCode\n      planId\n      kind\n      stage\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query GrowingCompanies {\n    growingCompanies {\n      companyId\n      legalName\n      countryCode\n      planId\n      kind\n      stage\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageGrowingCompany($input: GrowthOfficeMessageInput!) {\n    messageGrowingCompany(input: $input)\n  }\n"): (typeof documents)["\n  mutation MessageGrowingCompany($input: GrowthOfficeMessageInput!) {\n    messageGrowingCompany(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on Company {\n    id\n    legalName\n    legalForm\n    countryCode\n    countryName\n    registerName\n    registerNumber\n    vatId\n    website\n    mainActivity\n    myRole\n    createdAt\n    headOffice {\n      street\n      postcode\n      city\n      countryCode\n      countryName\n    }\n    vatCheck {\n      ...VatCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    id\n    legalName\n    legalForm\n    countryCode\n    countryName\n    registerName\n    registerNumber\n    vatId\n    website\n    mainActivity\n    myRole\n    createdAt\n    headOffice {\n      street\n      postcode\n      city\n      countryCode\n      countryName\n    }\n    vatCheck {\n      ...VatCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VatCheckFields on CompanyVatCheck {\n    vatId\n    status\n    registeredName\n    registeredAddress\n    requestIdentifier\n    checkedAt\n    attempts\n    lastError\n    nextAttemptAt\n    recheckInSeconds\n  }\n"): (typeof documents)["\n  fragment VatCheckFields on CompanyVatCheck {\n    vatId\n    status\n    registeredName\n    registeredAddress\n    requestIdentifier\n    checkedAt\n    attempts\n    lastError\n    nextAttemptAt\n    recheckInSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyTaxIdFormat($countryCode: String!) {\n    companyTaxIdFormat(countryCode: $countryCode) {\n      kind\n      example\n      checkedWithVies\n    }\n  }\n"): (typeof documents)["\n  query CompanyTaxIdFormat($countryCode: String!) {\n    companyTaxIdFormat(countryCode: $countryCode) {\n      kind\n      example\n      checkedWithVies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecheckCompanyVat($companyId: ID!) {\n    recheckCompanyVat(companyId: $companyId) {\n      ...VatCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecheckCompanyVat($companyId: ID!) {\n    recheckCompanyVat(companyId: $companyId) {\n      ...VatCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StepFields on OnboardingStepState {\n    step\n    status\n    updatedAt\n    detailKey\n    link\n    documents {\n      labelKey\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment StepFields on OnboardingStepState {\n    step\n    status\n    updatedAt\n    detailKey\n    link\n    documents {\n      labelKey\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyFields on OnboardingJourney {\n    id\n    companyId\n    nextStep\n    doneSteps\n    totalSteps\n    elapsedSeconds\n    state\n    startedAt\n    lastActivityAt\n    completedAt\n    steps {\n      ...StepFields\n    }\n  }\n"): (typeof documents)["\n  fragment JourneyFields on OnboardingJourney {\n    id\n    companyId\n    nextStep\n    doneSteps\n    totalSteps\n    elapsedSeconds\n    state\n    startedAt\n    lastActivityAt\n    completedAt\n    steps {\n      ...StepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompanies {\n    myCompanies {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  query MyCompanies {\n    myCompanies {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyLegalForms($countryCode: String!) {\n    companyLegalForms(countryCode: $countryCode)\n  }\n"): (typeof documents)["\n  query CompanyLegalForms($countryCode: String!) {\n    companyLegalForms(countryCode: $countryCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingStartSteps {\n    onboardingStartSteps {\n      ...StepFields\n    }\n  }\n"): (typeof documents)["\n  query OnboardingStartSteps {\n    onboardingStartSteps {\n      ...StepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyJourneyChanged($companyId: ID!) {\n    companyJourneyChanged(companyId: $companyId) {\n      ...JourneyFields\n    }\n  }\n"): (typeof documents)["\n  subscription CompanyJourneyChanged($companyId: ID!) {\n    companyJourneyChanged(companyId: $companyId) {\n      ...JourneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDashboard($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyFields\n      representatives {\n        accountId\n        role\n        since\n        email\n        givenName\n        familyName\n        identityVerified\n      }\n      invitations {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n      }\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n      registerExtract {\n        fileName\n        mediaType\n        sizeBytes\n        uploadedAt\n        downloadPath\n      }\n    }\n    companyJourney(companyId: $companyId) {\n      ...JourneyFields\n    }\n    # The growth phase and the office's latest messages come with the dashboard in the same request,\n    # not after it (CompanyMailboxSummary reads these from the cache).\n    companyGrowth(companyId: $companyId) {\n      id\n      kind\n      stage\n      establishmentStatus\n    }\n    latestOfficeMessages(companyId: $companyId, first: 3) {\n      ...SecureMessageFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyDashboard($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyFields\n      representatives {\n        accountId\n        role\n        since\n        email\n        givenName\n        familyName\n        identityVerified\n      }\n      invitations {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n      }\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n      registerExtract {\n        fileName\n        mediaType\n        sizeBytes\n        uploadedAt\n        downloadPath\n      }\n    }\n    companyJourney(companyId: $companyId) {\n      ...JourneyFields\n    }\n    # The growth phase and the office's latest messages come with the dashboard in the same request,\n    # not after it (CompanyMailboxSummary reads these from the cache).\n    companyGrowth(companyId: $companyId) {\n      id\n      kind\n      stage\n      establishmentStatus\n    }\n    latestOfficeMessages(companyId: $companyId, first: 3) {\n      ...SecureMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordJourneyActivity($input: JourneyActivityInput!) {\n    recordJourneyActivity(input: $input) {\n      elapsedSeconds\n      heartbeatSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RecordJourneyActivity($input: JourneyActivityInput!) {\n    recordJourneyActivity(input: $input) {\n      elapsedSeconds\n      heartbeatSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCompanyInvitation($invitationId: ID!) {\n    revokeCompanyInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCompanyInvitation($invitationId: ID!) {\n    revokeCompanyInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCompanyRepresentative($companyId: ID!, $accountId: ID!) {\n    removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCompanyRepresentative($companyId: ID!, $accountId: ID!) {\n    removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyInvitationPreview($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      role\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query CompanyInvitationPreview($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      role\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCompanyInvitation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCompanyInvitation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessServicePointsForEstablishment {\n    businessServicePoints {\n      code\n      name\n      lines\n    }\n  }\n"): (typeof documents)["\n  query BusinessServicePointsForEstablishment {\n    businessServicePoints {\n      code\n      name\n      lines\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyEstablishments($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyEstablishments($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      establishments {\n        id\n        companyId\n        kind\n        status\n        servicePointCode\n        businessAddressLines\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEstablishment($input: CreateEstablishmentInput!) {\n    createEstablishment(input: $input) {\n      id\n      companyId\n      kind\n      status\n      servicePointCode\n      businessAddressLines\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEstablishment($input: CreateEstablishmentInput!) {\n    createEstablishment(input: $input) {\n      id\n      companyId\n      kind\n      status\n      servicePointCode\n      businessAddressLines\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingJourneys($state: OnboardingJourneyState, $after: String) {\n    onboardingJourneys(filter: { state: $state }, page: { first: 20, after: $after }) {\n      nodes {\n        ...JourneyFields\n        company {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnboardingJourneys($state: OnboardingJourneyState, $after: String) {\n    onboardingJourneys(filter: { state: $state }, page: { first: 20, after: $after }) {\n      nodes {\n        ...JourneyFields\n        company {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationRoomFields on ConsultationRoom {\n    bookingId\n    role\n    roomToken\n    tokenExpiresAt\n    startsAt\n    endsAt\n    opensAt\n    closesAt\n    mediaMode\n    iceServers {\n      urls\n      username\n      credential\n    }\n    callerTerminal {\n      name\n      location\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationRoomFields on ConsultationRoom {\n    bookingId\n    role\n    roomToken\n    tokenExpiresAt\n    startsAt\n    endsAt\n    opensAt\n    closesAt\n    mediaMode\n    iceServers {\n      urls\n      username\n      credential\n    }\n    callerTerminal {\n      name\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinConsultationRoom($bookingId: ID!) {\n    joinConsultationRoom(bookingId: $bookingId) {\n      ...ConsultationRoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinConsultationRoom($bookingId: ID!) {\n    joinConsultationRoom(bookingId: $bookingId) {\n      ...ConsultationRoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinTalkNowRoom($callId: ID!) {\n    joinTalkNowRoom(callId: $callId) {\n      ...ConsultationRoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinTalkNowRoom($callId: ID!) {\n    joinTalkNowRoom(callId: $callId) {\n      ...ConsultationRoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendConsultationSignal($roomToken: String!, $kind: ConsultationSignalKind!, $payload: String) {\n    sendConsultationSignal(roomToken: $roomToken, kind: $kind, payload: $payload)\n  }\n"): (typeof documents)["\n  mutation SendConsultationSignal($roomToken: String!, $kind: ConsultationSignalKind!, $payload: String) {\n    sendConsultationSignal(roomToken: $roomToken, kind: $kind, payload: $payload)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsultationSignals($roomToken: String!) {\n    consultationSignals(roomToken: $roomToken) {\n      kind\n      payload\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  subscription ConsultationSignals($roomToken: String!) {\n    consultationSignals(roomToken: $roomToken) {\n      kind\n      payload\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkNowAvailability($office: AppointmentOffice!) {\n    talkNowAvailability(office: $office) {\n      office\n      available\n      staffOnDuty\n      waiting\n    }\n  }\n"): (typeof documents)["\n  query TalkNowAvailability($office: AppointmentOffice!) {\n    talkNowAvailability(office: $office) {\n      office\n      available\n      staffOnDuty\n      waiting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TalkNowRequestFields on TalkNowRequest {\n    id\n    office\n    status\n    ahead\n    roomId\n    requestedAt\n    takenAt\n  }\n"): (typeof documents)["\n  fragment TalkNowRequestFields on TalkNowRequest {\n    id\n    office\n    status\n    ahead\n    roomId\n    requestedAt\n    takenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTalkNow($office: AppointmentOffice!) {\n    requestTalkNow(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestTalkNow($office: AppointmentOffice!) {\n    requestTalkNow(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTalkNowRequest($id: ID!) {\n    myTalkNowRequest(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyTalkNowRequest($id: ID!) {\n    myTalkNowRequest(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTalkNow($id: ID!) {\n    cancelTalkNow(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTalkNow($id: ID!) {\n    cancelTalkNow(id: $id) {\n      ...TalkNowRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TalkNowRequestChanged($id: ID!) {\n    talkNowRequestChanged(id: $id) {\n      requestId\n      status\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription TalkNowRequestChanged($id: ID!) {\n    talkNowRequestChanged(id: $id) {\n      requestId\n      status\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TalkNowDeskFields on TalkNowDesk {\n    office\n    onDuty\n    waiting\n    staffOnDuty\n    currentCall {\n      ...TalkNowRequestFields\n    }\n  }\n"): (typeof documents)["\n  fragment TalkNowDeskFields on TalkNowDesk {\n    office\n    onDuty\n    waiting\n    staffOnDuty\n    currentCall {\n      ...TalkNowRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkNowDesk($office: AppointmentOffice!) {\n    talkNowDesk(office: $office) {\n      ...TalkNowDeskFields\n    }\n  }\n"): (typeof documents)["\n  query TalkNowDesk($office: AppointmentOffice!) {\n    talkNowDesk(office: $office) {\n      ...TalkNowDeskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTalkNowDuty($office: AppointmentOffice!, $onDuty: Boolean!) {\n    setTalkNowDuty(office: $office, onDuty: $onDuty) {\n      ...TalkNowDeskFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTalkNowDuty($office: AppointmentOffice!, $onDuty: Boolean!) {\n    setTalkNowDuty(office: $office, onDuty: $onDuty) {\n      ...TalkNowDeskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeNextTalkNowCaller($office: AppointmentOffice!) {\n    takeNextTalkNowCaller(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeNextTalkNowCaller($office: AppointmentOffice!) {\n    takeNextTalkNowCaller(office: $office) {\n      ...TalkNowRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TalkNowQueueChanged($office: AppointmentOffice!) {\n    talkNowQueueChanged(office: $office) {\n      requestId\n      status\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription TalkNowQueueChanged($office: AppointmentOffice!) {\n    talkNowQueueChanged(office: $office) {\n      requestId\n      status\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkNowVideoServices {\n    appointmentServices {\n      id\n      office\n      name\n      video\n      active\n    }\n  }\n"): (typeof documents)["\n  query TalkNowVideoServices {\n    appointmentServices {\n      id\n      office\n      name\n      video\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkNowNextSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n"): (typeof documents)["\n  query TalkNowNextSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {\n    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {\n      startsAt\n      endsAt\n      freeSeats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InPersonIdentificationFields on InPersonIdentification {\n    id\n    status\n    bookingCode\n    rejectionReason\n    createdAt\n    decidedAt\n    servicePoint {\n      id\n      name\n      address\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment InPersonIdentificationFields on InPersonIdentification {\n    id\n    status\n    bookingCode\n    rejectionReason\n    createdAt\n    decidedAt\n    servicePoint {\n      id\n      name\n      address\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VideoIdentificationFields on VideoIdentification {\n    id\n    status\n    rejectionReason\n    createdAt\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment VideoIdentificationFields on VideoIdentification {\n    id\n    status\n    rejectionReason\n    createdAt\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentityVerificationStatusFields on IdentityVerificationStatus {\n    assuranceLevel\n    videoIdentificationAvailable\n    videoIdentificationUrl\n    verifiedIdentity {\n      givenName\n      familyName\n      birthDate\n      nationality\n      placeOfBirth\n      level\n      method\n      verifiedAt\n    }\n    pendingVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    latestVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    inPersonIdentificationAvailable\n    servicePoints {\n      id\n      name\n      address\n      kind\n    }\n    latestInPersonIdentification {\n      ...InPersonIdentificationFields\n    }\n    assurancePolicy {\n      companyCreation\n      tradeRegistration\n      signatureCertificate\n    }\n    identificationMethods {\n      method\n      level\n      available\n      withoutEuEid\n      reachesEveryService\n    }\n  }\n"): (typeof documents)["\n  fragment IdentityVerificationStatusFields on IdentityVerificationStatus {\n    assuranceLevel\n    videoIdentificationAvailable\n    videoIdentificationUrl\n    verifiedIdentity {\n      givenName\n      familyName\n      birthDate\n      nationality\n      placeOfBirth\n      level\n      method\n      verifiedAt\n    }\n    pendingVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    latestVideoIdentification {\n      ...VideoIdentificationFields\n    }\n    inPersonIdentificationAvailable\n    servicePoints {\n      id\n      name\n      address\n      kind\n    }\n    latestInPersonIdentification {\n      ...InPersonIdentificationFields\n    }\n    assurancePolicy {\n      companyCreation\n      tradeRegistration\n      signatureCertificate\n    }\n    identificationMethods {\n      method\n      level\n      available\n      withoutEuEid\n      reachesEveryService\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIdentityVerification {\n    myIdentityVerification {\n      ...IdentityVerificationStatusFields\n    }\n  }\n"): (typeof documents)["\n  query MyIdentityVerification {\n    myIdentityVerification {\n      ...IdentityVerificationStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyIdentityVerificationChanged {\n    myIdentityVerificationChanged {\n      ...IdentityVerificationStatusFields\n    }\n  }\n"): (typeof documents)["\n  subscription MyIdentityVerificationChanged {\n    myIdentityVerificationChanged {\n      ...IdentityVerificationStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEidVerification($input: StartEidVerificationInput) {\n    startEidVerification(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartEidVerification($input: StartEidVerificationInput) {\n    startEidVerification(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartVideoIdentification($input: StartVideoIdentificationInput) {\n    startVideoIdentification(input: $input) {\n      url\n      session {\n        ...VideoIdentificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartVideoIdentification($input: StartVideoIdentificationInput) {\n    startVideoIdentification(input: $input) {\n      url\n      session {\n        ...VideoIdentificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookInPersonIdentification($input: BookInPersonIdentificationInput!) {\n    bookInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookInPersonIdentification($input: BookInPersonIdentificationInput!) {\n    bookInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInPersonIdentification($id: ID!) {\n    cancelInPersonIdentification(id: $id) {\n      ...InPersonIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelInPersonIdentification($id: ID!) {\n    cancelInPersonIdentification(id: $id) {\n      ...InPersonIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InPersonIdentificationByCode($bookingCode: String!) {\n    inPersonIdentificationByCode(bookingCode: $bookingCode) {\n      ...InPersonIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  query InPersonIdentificationByCode($bookingCode: String!) {\n    inPersonIdentificationByCode(bookingCode: $bookingCode) {\n      ...InPersonIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmInPersonIdentification($input: ConfirmInPersonIdentificationInput!) {\n    confirmInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmInPersonIdentification($input: ConfirmInPersonIdentificationInput!) {\n    confirmInPersonIdentification(input: $input) {\n      ...InPersonIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEidSignIn($input: StartEidSignInInput) {\n    startEidSignIn(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartEidSignIn($input: StartEidSignInInput) {\n    startEidSignIn(input: $input) {\n      authorizationUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingEidSignIn {\n    pendingEidSignIn {\n      givenName\n      familyName\n      level\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PendingEidSignIn {\n    pendingEidSignIn {\n      givenName\n      familyName\n      level\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAccountWithEid($input: OpenAccountWithEidInput!) {\n    openAccountWithEid(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n"): (typeof documents)["\n  mutation OpenAccountWithEid($input: OpenAccountWithEidInput!) {\n    openAccountWithEid(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkEidToAccount($input: LinkEidToAccountInput!) {\n    linkEidToAccount(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LinkEidToAccount($input: LinkEidToAccountInput!) {\n    linkEidToAccount(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    preferredLanguage\n    roles\n    assuranceLevel\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    preferredLanguage\n    roles\n    assuranceLevel\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    account {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    account {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      verificationEmailSent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountForRoles($input: EmailLookupInput!) {\n    accountForRoles(input: $input) {\n      id\n      email\n      emailVerified\n      roles\n      assuranceLevel\n    }\n  }\n"): (typeof documents)["\n  query AccountForRoles($input: EmailLookupInput!) {\n    accountForRoles(input: $input) {\n      id\n      email\n      emailVerified\n      roles\n      assuranceLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAccountRole($input: ChangeAccountRoleInput!) {\n    grantAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAccountRole($input: ChangeAccountRoleInput!) {\n    grantAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAccountRole($input: ChangeAccountRoleInput!) {\n    withdrawAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawAccountRole($input: ChangeAccountRoleInput!) {\n    withdrawAccountRole(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleAssuranceRequirements {\n    roleAssuranceRequirements {\n      role\n      minimumAssurance\n    }\n  }\n"): (typeof documents)["\n  query RoleAssuranceRequirements {\n    roleAssuranceRequirements {\n      role\n      minimumAssurance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoleAssuranceRequirement($input: SetRoleAssuranceInput!) {\n    setRoleAssuranceRequirement(input: $input) {\n      role\n      minimumAssurance\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoleAssuranceRequirement($input: SetRoleAssuranceInput!) {\n    setRoleAssuranceRequirement(input: $input) {\n      role\n      minimumAssurance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskTerminal {\n    kioskTerminal {\n      name\n      location\n      idleSeconds\n      warningSeconds\n    }\n  }\n"): (typeof documents)["\n  query KioskTerminal {\n    kioskTerminal {\n      name\n      location\n      idleSeconds\n      warningSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKioskHandover($input: CreateKioskHandoverInput!) {\n    createKioskHandover(input: $input) {\n      code\n      path\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKioskHandover($input: CreateKioskHandoverInput!) {\n    createKioskHandover(input: $input) {\n      code\n      path\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemKioskHandover($code: String!) {\n    redeemKioskHandover(code: $code) {\n      step\n      email\n      preferredLanguage\n      articleId\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemKioskHandover($code: String!) {\n    redeemKioskHandover(code: $code) {\n      step\n      email\n      preferredLanguage\n      articleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskDevices {\n    kioskDevices {\n      id\n      name\n      location\n      district\n      office\n      createdAt\n      disabledAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query KioskDevices {\n    kioskDevices {\n      id\n      name\n      location\n      district\n      office\n      createdAt\n      disabledAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterKioskDevice($input: RegisterKioskDeviceInput!) {\n    registerKioskDevice(input: $input) {\n      enrolmentPath\n      device {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterKioskDevice($input: RegisterKioskDeviceInput!) {\n    registerKioskDevice(input: $input) {\n      enrolmentPath\n      device {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableKioskDevice($id: ID!) {\n    disableKioskDevice(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation DisableKioskDevice($id: ID!) {\n    disableKioskDevice(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {\n    submitAccessibilityFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {\n    submitAccessibilityFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      resync\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      resync\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedEmails {\n    outboxEmails(status: failed, page: { first: 50 }) {\n      nodes {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedEmails {\n    outboxEmails(status: failed, page: { first: 50 }) {\n      nodes {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxEmail($id: ID!) {\n    retryOutboxEmail(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxEmail($id: ID!) {\n    retryOutboxEmail(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationEventFields on ParticipationEvent {\n    id\n    title\n    titleLanguage\n    description\n    descriptionLanguage\n    titleDe\n    descriptionDe\n    translations {\n      language\n      title\n      description\n    }\n    kind\n    place\n    onlineUrl\n    startsAt\n    endsAt\n    capacity\n    registrationDeadline\n    status\n    sequence\n    seatsTaken\n    waitingCount\n    checkedInCount\n    calendarUrl\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    myRegistration {\n      id\n      status\n      waitingPosition\n      offerExpiresAt\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipationEventFields on ParticipationEvent {\n    id\n    title\n    titleLanguage\n    description\n    descriptionLanguage\n    titleDe\n    descriptionDe\n    translations {\n      language\n      title\n      description\n    }\n    kind\n    place\n    onlineUrl\n    startsAt\n    endsAt\n    capacity\n    registrationDeadline\n    status\n    sequence\n    seatsTaken\n    waitingCount\n    checkedInCount\n    calendarUrl\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    myRegistration {\n      id\n      status\n      waitingPosition\n      offerExpiresAt\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationEventRegistrationFields on ParticipationEventRegistration {\n    id\n    eventId\n    status\n    waitingPosition\n    offerExpiresAt\n    checkedInAt\n    createdAt\n    email\n  }\n"): (typeof documents)["\n  fragment ParticipationEventRegistrationFields on ParticipationEventRegistration {\n    id\n    eventId\n    status\n    waitingPosition\n    offerExpiresAt\n    checkedInAt\n    createdAt\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationCheckInEntryFields on ParticipationCheckInEntry {\n    registrationId\n    cardIds\n    email\n    checkedInAt\n  }\n"): (typeof documents)["\n  fragment ParticipationCheckInEntryFields on ParticipationCheckInEntry {\n    registrationId\n    cardIds\n    email\n    checkedInAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationEvents {\n    participationEvents {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  query ParticipationEvents {\n    participationEvents {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationEvent($id: ID!) {\n    participationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  query ParticipationEvent($id: ID!) {\n    participationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffParticipationEvents {\n    staffParticipationEvents {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  query StaffParticipationEvents {\n    staffParticipationEvents {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationEventRegistrations($eventId: ID!) {\n    participationEventRegistrations(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  query ParticipationEventRegistrations($eventId: ID!) {\n    participationEventRegistrations(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationEventCheckInList($eventId: ID!) {\n    participationEventCheckInList(eventId: $eventId) {\n      ...ParticipationCheckInEntryFields\n    }\n  }\n"): (typeof documents)["\n  query ParticipationEventCheckInList($eventId: ID!) {\n    participationEventCheckInList(eventId: $eventId) {\n      ...ParticipationCheckInEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipationEvent($input: ParticipationEventInput!) {\n    createParticipationEvent(input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParticipationEvent($input: ParticipationEventInput!) {\n    createParticipationEvent(input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipationEvent($id: ID!, $input: ParticipationEventInput!) {\n    updateParticipationEvent(id: $id, input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipationEvent($id: ID!, $input: ParticipationEventInput!) {\n    updateParticipationEvent(id: $id, input: $input) {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishParticipationEvent($id: ID!) {\n    publishParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishParticipationEvent($id: ID!) {\n    publishParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelParticipationEvent($id: ID!) {\n    cancelParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelParticipationEvent($id: ID!) {\n    cancelParticipationEvent(id: $id) {\n      ...ParticipationEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForParticipationEvent($eventId: ID!) {\n    registerForParticipationEvent(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForParticipationEvent($eventId: ID!) {\n    registerForParticipationEvent(eventId: $eventId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelParticipationEventRegistration($registrationId: ID!) {\n    cancelParticipationEventRegistration(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelParticipationEventRegistration($registrationId: ID!) {\n    cancelParticipationEventRegistration(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmParticipationEventSeat($registrationId: ID!) {\n    confirmParticipationEventSeat(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmParticipationEventSeat($registrationId: ID!) {\n    confirmParticipationEventSeat(registrationId: $registrationId) {\n      ...ParticipationEventRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInParticipationEventCard($eventId: ID!, $code: String!) {\n    checkInParticipationEventCard(eventId: $eventId, code: $code) {\n      outcome\n      reason\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInParticipationEventCard($eventId: ID!, $code: String!) {\n    checkInParticipationEventCard(eventId: $eventId, code: $code) {\n      outcome\n      reason\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInParticipationEventRegistration($registrationId: ID!, $checkedInAt: DateTime) {\n    checkInParticipationEventRegistration(registrationId: $registrationId, checkedInAt: $checkedInAt) {\n      outcome\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInParticipationEventRegistration($registrationId: ID!, $checkedInAt: DateTime) {\n    checkInParticipationEventRegistration(registrationId: $registrationId, checkedInAt: $checkedInAt) {\n      outcome\n      registrationId\n      email\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsArticleFields on NewsArticle {\n    id\n    title\n    titleLanguage\n    teaser\n    teaserLanguage\n    bodyHtml\n    bodyLanguage\n    topic\n    publishedAt\n    isPublic\n    imageUrl\n  }\n"): (typeof documents)["\n  fragment NewsArticleFields on NewsArticle {\n    id\n    title\n    titleLanguage\n    teaser\n    teaserLanguage\n    bodyHtml\n    bodyLanguage\n    topic\n    publishedAt\n    isPublic\n    imageUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffNewsArticleFields on StaffNewsArticle {\n    id\n    titleDe\n    teaserDe\n    bodyDe\n    translations {\n      language\n      title\n      teaser\n      body\n    }\n    topic\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    isPublic\n    status\n    publishAt\n    publishedAt\n    unpublishedAt\n    imageUrl\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment StaffNewsArticleFields on StaffNewsArticle {\n    id\n    titleDe\n    teaserDe\n    bodyDe\n    translations {\n      language\n      title\n      teaser\n      body\n    }\n    topic\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    isPublic\n    status\n    publishAt\n    publishedAt\n    unpublishedAt\n    imageUrl\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsFeed($page: PageInput) {\n    newsFeed(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewsFeed($page: PageInput) {\n    newsFeed(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNews($page: PageInput) {\n    publicNews(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicNews($page: PageInput) {\n    publicNews(page: $page) {\n      nodes {\n        ...NewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsArticle($id: ID!) {\n    newsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  query NewsArticle($id: ID!) {\n    newsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNewsArticle($id: ID!) {\n    publicNewsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  query PublicNewsArticle($id: ID!) {\n    publicNewsArticle(id: $id) {\n      ...NewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNewsEmailPreferences {\n    myNewsEmailPreferences {\n      topic\n      mode\n    }\n  }\n"): (typeof documents)["\n  query MyNewsEmailPreferences {\n    myNewsEmailPreferences {\n      topic\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNewsEmailPreferences($preferences: [NewsEmailPreferenceInput!]!) {\n    setNewsEmailPreferences(preferences: $preferences) {\n      topic\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation SetNewsEmailPreferences($preferences: [NewsEmailPreferenceInput!]!) {\n    setNewsEmailPreferences(preferences: $preferences) {\n      topic\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromNews($input: UnsubscribeFromNewsInput!) {\n    unsubscribeFromNews(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnsubscribeFromNews($input: UnsubscribeFromNewsInput!) {\n    unsubscribeFromNews(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNewsArticles($status: NewsStatus, $page: PageInput) {\n    staffNewsArticles(status: $status, page: $page) {\n      nodes {\n        ...StaffNewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffNewsArticles($status: NewsStatus, $page: PageInput) {\n    staffNewsArticles(status: $status, page: $page) {\n      nodes {\n        ...StaffNewsArticleFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNewsArticle($id: ID!) {\n    staffNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  query StaffNewsArticle($id: ID!) {\n    staffNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsArticlePreview($id: ID!, $language: String!) {\n    newsArticlePreview(id: $id, language: $language) {\n      ...NewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  query NewsArticlePreview($id: ID!, $language: String!) {\n    newsArticlePreview(id: $id, language: $language) {\n      ...NewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNewsArticle($input: NewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNewsArticle($input: NewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsArticle($id: ID!, $input: NewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNewsArticle($id: ID!, $input: NewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNewsArticle($id: ID!) {\n    publishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNewsArticle($id: ID!) {\n    publishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishNewsArticle($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishNewsArticle($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...StaffNewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleNewsArticle($input: ScheduleNewsArticleInput!) {\n    scheduleNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleNewsArticle($input: ScheduleNewsArticleInput!) {\n    scheduleNewsArticle(input: $input) {\n      ...StaffNewsArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    title {\n      text\n      language\n    }\n    intro {\n      text\n      language\n    }\n    opensAt\n    closesAt\n    state\n    resultsVisibleToParticipants\n    questions {\n      id\n      kind\n      required\n      text {\n        text\n        language\n      }\n      options {\n        id\n        text {\n          text\n          language\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabel {\n        text\n        language\n      }\n      scaleMaxLabel {\n        text\n        language\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    title {\n      text\n      language\n    }\n    intro {\n      text\n      language\n    }\n    opensAt\n    closesAt\n    state\n    resultsVisibleToParticipants\n    questions {\n      id\n      kind\n      required\n      text {\n        text\n        language\n      }\n      options {\n        id\n        text {\n          text\n          language\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabel {\n        text\n        language\n      }\n      scaleMaxLabel {\n        text\n        language\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSurveyFields on StaffSurvey {\n    id\n    status\n    titleDe\n    introDe\n    translations {\n      language\n      title\n      intro\n    }\n    questions {\n      id\n      kind\n      required\n      texts {\n        language\n        text\n      }\n      options {\n        id\n        texts {\n          language\n          text\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabels {\n        language\n        text\n      }\n      scaleMaxLabels {\n        language\n        text\n      }\n    }\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    opensAt\n    closesAt\n    resultsVisibleToParticipants\n    publishedAt\n    closedAt\n    updatedAt\n    participants\n  }\n"): (typeof documents)["\n  fragment StaffSurveyFields on StaffSurvey {\n    id\n    status\n    titleDe\n    introDe\n    translations {\n      language\n      title\n      intro\n    }\n    questions {\n      id\n      kind\n      required\n      texts {\n        language\n        text\n      }\n      options {\n        id\n        texts {\n          language\n          text\n        }\n      }\n      scaleMin\n      scaleMax\n      scaleMinLabels {\n        language\n        text\n      }\n      scaleMaxLabels {\n        language\n        text\n      }\n    }\n    audience {\n      residents\n      categories\n      districts\n      companies\n    }\n    opensAt\n    closesAt\n    resultsVisibleToParticipants\n    publishedAt\n    closedAt\n    updatedAt\n    participants\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    title {\n      text\n      language\n    }\n    state\n    minGroupSize\n    respondents\n    district\n    category\n    questions {\n      questionId\n      kind\n      text {\n        text\n        language\n      }\n      answered\n      options {\n        optionId\n        text {\n          text\n          language\n        }\n        count\n        meanRank\n        bordaScore\n      }\n      scaleAverage\n      distribution {\n        value\n        count\n      }\n      freeTexts\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    title {\n      text\n      language\n    }\n    state\n    minGroupSize\n    respondents\n    district\n    category\n    questions {\n      questionId\n      kind\n      text {\n        text\n        language\n      }\n      answered\n      options {\n        optionId\n        text {\n          text\n          language\n        }\n        count\n        meanRank\n        bordaScore\n      }\n      scaleAverage\n      distribution {\n        value\n        count\n      }\n      freeTexts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveys {\n    mySurveys {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query MySurveys {\n    mySurveys {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($id: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(id: $id, answers: $answers) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($id: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(id: $id, answers: $answers) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($id: ID!, $filter: SurveyResultFilterInput) {\n    surveyResults(id: $id, filter: $filter) {\n      ...SurveyResultsFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($id: ID!, $filter: SurveyResultFilterInput) {\n    surveyResults(id: $id, filter: $filter) {\n      ...SurveyResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsCsv($id: ID!) {\n    surveyResultsCsv(id: $id)\n  }\n"): (typeof documents)["\n  query SurveyResultsCsv($id: ID!) {\n    surveyResultsCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSurveys {\n    staffSurveys {\n      ...StaffSurveyFields\n    }\n  }\n"): (typeof documents)["\n  query StaffSurveys {\n    staffSurveys {\n      ...StaffSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSurvey($id: ID!) {\n    staffSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n"): (typeof documents)["\n  query StaffSurvey($id: ID!) {\n    staffSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyPreview($id: ID!, $language: String!) {\n    surveyPreview(id: $id, language: $language) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyPreview($id: ID!, $language: String!) {\n    surveyPreview(id: $id, language: $language) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...StaffSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentFields on Payment {\n    id\n    reference\n    purpose\n    subjectType\n    subjectId\n    amountCents\n    currency\n    status\n    paid\n    statusMessage\n    provider\n    testPayment\n    checkoutUrl\n    receiptUrl\n    paidAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PaymentFields on Payment {\n    id\n    reference\n    purpose\n    subjectType\n    subjectId\n    amountCents\n    currency\n    status\n    paid\n    statusMessage\n    provider\n    testPayment\n    checkoutUrl\n    receiptUrl\n    paidAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSettings {\n    paymentSettings {\n      available\n      testMode\n      demoSubjectType\n      fees {\n        purpose\n        amountCents\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentSettings {\n    paymentSettings {\n      available\n      testMode\n      demoSubjectType\n      fees {\n        purpose\n        amountCents\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPaymentFor($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {\n    myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  query MyPaymentFor($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {\n    myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentById($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  query PaymentById($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentChanged($id: ID!) {\n    paymentChanged(id: $id) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  subscription PaymentChanged($id: ID!) {\n    paymentChanged(id: $id) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPayments($page: PageInput) {\n    myPayments(page: $page) {\n      nodes {\n        ...PaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPayments($page: PageInput) {\n    myPayments(page: $page) {\n      nodes {\n        ...PaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPaymentFields on Payment {\n    id\n    reference\n    purpose\n    amountCents\n    currency\n    status\n    statusMessage\n    payerEmail\n    paidAt\n    refundRequestedAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StaffPaymentFields on Payment {\n    id\n    reference\n    purpose\n    amountCents\n    currency\n    status\n    statusMessage\n    payerEmail\n    paidAt\n    refundRequestedAt\n    refundedAt\n    refundReason\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPayments($search: PaymentSearchInput, $page: PageInput) {\n    staffPayments(search: $search, page: $page) {\n      nodes {\n        ...StaffPaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffPayments($search: PaymentSearchInput, $page: PageInput) {\n    staffPayments(search: $search, page: $page) {\n      nodes {\n        ...StaffPaymentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPayment($id: ID!) {\n    payment(id: $id) {\n      ...StaffPaymentFields\n    }\n  }\n"): (typeof documents)["\n  query StaffPayment($id: ID!) {\n    payment(id: $id) {\n      ...StaffPaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...StaffPaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...StaffPaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateFields on Certificate {\n    id\n    serialNumber\n    subjectDn\n    pem\n    status\n    notBefore\n    notAfter\n    revokedAt\n    revocationReason\n    companyId\n  }\n"): (typeof documents)["\n  fragment CertificateFields on Certificate {\n    id\n    serialNumber\n    subjectDn\n    pem\n    status\n    notBefore\n    notAfter\n    revokedAt\n    revocationReason\n    companyId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCertificates($companyId: ID!) {\n    companyCertificates(companyId: $companyId) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyCertificates($companyId: ID!) {\n    companyCertificates(companyId: $companyId) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCertificate($input: RequestCertificateInput!) {\n    requestCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCertificate($input: RequestCertificateInput!) {\n    requestCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMyCertificate($input: RevokeMyCertificateInput!) {\n    revokeMyCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeMyCertificate($input: RevokeMyCertificateInput!) {\n    revokeMyCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCertificates($filter: CertificateFilterInput, $page: PageInput) {\n    certificates(filter: $filter, page: $page) {\n      nodes {\n        ...CertificateFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCertificates($filter: CertificateFilterInput, $page: PageInput) {\n    certificates(filter: $filter, page: $page) {\n      nodes {\n        ...CertificateFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRevokeCertificate($input: StaffRevokeCertificateInput!) {\n    staffRevokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRevokeCertificate($input: StaffRevokeCertificateInput!) {\n    staffRevokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataAccesses {\n    myDataAccesses {\n      occurredAt\n      action\n      subjectType\n      offices\n      reason\n    }\n  }\n"): (typeof documents)["\n  query MyDataAccesses {\n    myDataAccesses {\n      occurredAt\n      action\n      subjectType\n      offices\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsOfProcessing {\n    recordsOfProcessing {\n      key\n      legalBasis\n      dataCategories\n      subjects\n      recipients\n      retention {\n        amount\n        unit\n        from\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordsOfProcessing {\n    recordsOfProcessing {\n      key\n      legalBasis\n      dataCategories\n      subjects\n      recipients\n      retention {\n        amount\n        unit\n        from\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionSummary {\n    retentionSummary {\n      paymentYears\n      caseRecordYears\n    }\n  }\n"): (typeof documents)["\n  query RetentionSummary {\n    retentionSummary {\n      paymentYears\n      caseRecordYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidencyApplicationFields on ResidencyApplication {\n    id\n    category\n    district\n    status\n    givenName\n    familyName\n    student {\n      university\n      enrolmentFrom\n      enrolmentUntil\n    }\n    commuter {\n      employer\n      workAddress\n    }\n    secondHome {\n      secondHomeAddress\n      registeredOn\n    }\n    formerResident {\n      formerAddress\n      livedFrom\n      livedUntil\n    }\n    expectedEvidenceKind\n    submittedAt\n    decidedAt\n    decidedAutomatically\n    rejectionReason\n    decisionMessage\n    createdAt\n    evidence {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      uploadedAt\n      downloadPath\n    }\n    messages {\n      id\n      author\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ResidencyApplicationFields on ResidencyApplication {\n    id\n    category\n    district\n    status\n    givenName\n    familyName\n    student {\n      university\n      enrolmentFrom\n      enrolmentUntil\n    }\n    commuter {\n      employer\n      workAddress\n    }\n    secondHome {\n      secondHomeAddress\n      registeredOn\n    }\n    formerResident {\n      formerAddress\n      livedFrom\n      livedUntil\n    }\n    expectedEvidenceKind\n    submittedAt\n    decidedAt\n    decidedAutomatically\n    rejectionReason\n    decisionMessage\n    createdAt\n    evidence {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      uploadedAt\n      downloadPath\n    }\n    messages {\n      id\n      author\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VirtualAddressFields on VirtualAddress {\n    id\n    district\n    mailbox\n    lines\n    mailHandling\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    allocatedAt\n  }\n"): (typeof documents)["\n  fragment VirtualAddressFields on VirtualAddress {\n    id\n    district\n    mailbox\n    lines\n    mailHandling\n    forwardingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    allocatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResidencyOverview {\n    myResidencyApplications {\n      ...ResidencyApplicationFields\n    }\n    myResidency {\n      id\n      categories\n      district\n      validFrom\n      validUntil\n    }\n    myVirtualAddress {\n      ...VirtualAddressFields\n    }\n  }\n"): (typeof documents)["\n  query MyResidencyOverview {\n    myResidencyApplications {\n      ...ResidencyApplicationFields\n    }\n    myResidency {\n      id\n      categories\n      district\n      validFrom\n      validUntil\n    }\n    myVirtualAddress {\n      ...VirtualAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResidencyApplication($id: ID!) {\n    myResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query MyResidencyApplication($id: ID!) {\n    myResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResidencyApplicationChanged($id: ID!) {\n    residencyApplicationChanged(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n"): (typeof documents)["\n  subscription ResidencyApplicationChanged($id: ID!) {\n    residencyApplicationChanged(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResidencyApplication($input: CreateResidencyApplicationInput!) {\n    createResidencyApplication(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResidencyApplication($input: CreateResidencyApplicationInput!) {\n    createResidencyApplication(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResidencyApplication($id: ID!) {\n    submitResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitResidencyApplication($id: ID!) {\n    submitResidencyApplication(id: $id) {\n      ...ResidencyApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardResidencyApplication($id: ID!) {\n    discardResidencyApplication(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardResidencyApplication($id: ID!) {\n    discardResidencyApplication(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveResidencyEvidence($id: ID!) {\n    removeResidencyEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveResidencyEvidence($id: ID!) {\n    removeResidencyEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerResidencyInfoRequest($input: AnswerInfoRequestInput!) {\n    answerResidencyInfoRequest(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerResidencyInfoRequest($input: AnswerInfoRequestInput!) {\n    answerResidencyInfoRequest(input: $input) {\n      ...ResidencyApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailHandling($input: UpdateMailHandlingInput!) {\n    updateMailHandling(input: $input) {\n      ...VirtualAddressFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailHandling($input: UpdateMailHandlingInput!) {\n    updateMailHandling(input: $input) {\n      ...VirtualAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecureMessageFields on SecureMessage {\n    id\n    threadId\n    subject\n    sender\n    body\n    sentAt\n    signedAt\n    verdict\n    verdictReason\n    signer {\n      commonName\n      organization\n      serialNumber\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n    }\n  }\n"): (typeof documents)["\n  fragment SecureMessageFields on SecureMessage {\n    id\n    threadId\n    subject\n    sender\n    body\n    sentAt\n    signedAt\n    verdict\n    verdictReason\n    signer {\n      commonName\n      organization\n      serialNumber\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecureThreadFields on SecureThread {\n    id\n    companyId\n    companyName\n    subject\n    createdAt\n    lastMessageAt\n    messageCount\n    latestMessage {\n      ...SecureMessageFields\n    }\n  }\n"): (typeof documents)["\n  fragment SecureThreadFields on SecureThread {\n    id\n    companyId\n    companyName\n    subject\n    createdAt\n    lastMessageAt\n    messageCount\n    latestMessage {\n      ...SecureMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyMailbox($companyId: ID!, $page: PageInput) {\n    companyMailbox(companyId: $companyId, page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyMailbox($companyId: ID!, $page: PageInput) {\n    companyMailbox(companyId: $companyId, page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMailbox($page: PageInput) {\n    staffMailbox(page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffMailbox($page: PageInput) {\n    staffMailbox(page: $page) {\n      nodes {\n        ...SecureThreadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecureThread($threadId: ID!, $page: PageInput) {\n    secureThread(id: $threadId) {\n      ...SecureThreadFields\n    }\n    secureThreadMessages(threadId: $threadId, page: $page) {\n      nodes {\n        ...SecureMessageFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecureThread($threadId: ID!, $page: PageInput) {\n    secureThread(id: $threadId) {\n      ...SecureThreadFields\n    }\n    secureThreadMessages(threadId: $threadId, page: $page) {\n      nodes {\n        ...SecureMessageFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestOfficeMessages($companyId: ID!, $first: Int) {\n    latestOfficeMessages(companyId: $companyId, first: $first) {\n      ...SecureMessageFields\n    }\n  }\n"): (typeof documents)["\n  query LatestOfficeMessages($companyId: ID!, $first: Int) {\n    latestOfficeMessages(companyId: $companyId, first: $first) {\n      ...SecureMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TradeRegistrationFields on TradeRegistration {\n    id\n    companyId\n    establishmentId\n    status\n    establishmentKind\n    activityDescription\n    wzCode\n    wzTitle\n    wzEdition\n    startDate\n    businessScope\n    employeesFullTime\n    employeesPartTime\n    permits {\n      kind\n      authority\n      issuedOn\n    }\n    operator {\n      legalName\n      legalForm\n      countryCode\n      registerName\n      registerNumber\n      headOffice {\n        street\n        postcode\n        city\n        countryCode\n      }\n    }\n    persons {\n      accountId\n      role\n      givenName\n      familyName\n      birthDate\n      nationality\n    }\n    businessAddressLines\n    feeCents\n    paymentSubjectType\n    registrationNumber\n    confirmationUrl\n    rejectionReason\n    decisionMessage\n    infoRequest\n    applicantAnswer\n    submittedAt\n    registeredAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TradeRegistrationFields on TradeRegistration {\n    id\n    companyId\n    establishmentId\n    status\n    establishmentKind\n    activityDescription\n    wzCode\n    wzTitle\n    wzEdition\n    startDate\n    businessScope\n    employeesFullTime\n    employeesPartTime\n    permits {\n      kind\n      authority\n      issuedOn\n    }\n    operator {\n      legalName\n      legalForm\n      countryCode\n      registerName\n      registerNumber\n      headOffice {\n        street\n        postcode\n        city\n        countryCode\n      }\n    }\n    persons {\n      accountId\n      role\n      givenName\n      familyName\n      birthDate\n      nationality\n    }\n    businessAddressLines\n    feeCents\n    paymentSubjectType\n    registrationNumber\n    confirmationUrl\n    rejectionReason\n    decisionMessage\n    infoRequest\n    applicantAnswer\n    submittedAt\n    registeredAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TradeRegistrationPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      establishments {\n        id\n        kind\n        businessAddressLines\n      }\n    }\n    tradeRegistrations(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  query TradeRegistrationPage($companyId: ID!) {\n    company(id: $companyId) {\n      id\n      legalName\n      establishments {\n        id\n        kind\n        businessAddressLines\n      }\n    }\n    tradeRegistrations(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TradeRegistrationsChanged($companyId: ID!) {\n    tradeRegistrationsChanged(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  subscription TradeRegistrationsChanged($companyId: ID!) {\n    tradeRegistrationsChanged(companyId: $companyId) {\n      ...TradeRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WzCodeSuggestions($query: String!, $first: Int) {\n    wzCodeSuggestions(query: $query, first: $first) {\n      code\n      title\n      level\n      selectable\n      explanation\n      explanationLanguage\n      matchedKeyword\n    }\n  }\n"): (typeof documents)["\n  query WzCodeSuggestions($query: String!, $first: Int) {\n    wzCodeSuggestions(query: $query, first: $first) {\n      code\n      title\n      level\n      selectable\n      explanation\n      explanationLanguage\n      matchedKeyword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartTradeRegistration($input: StartTradeRegistrationInput!) {\n    startTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTradeRegistration($input: TradeRegistrationFormInput!) {\n    updateTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTradeRegistration($input: TradeRegistrationFormInput!) {\n    updateTradeRegistration(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTradeRegistration($id: ID!) {\n    submitTradeRegistration(id: $id) {\n      ...TradeRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitTradeRegistration($id: ID!) {\n    submitTradeRegistration(id: $id) {\n      ...TradeRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTradeRegistration($input: AnswerTradeRegistrationInput!) {\n    answerTradeRegistrationInfoRequest(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerTradeRegistration($input: AnswerTradeRegistrationInput!) {\n    answerTradeRegistrationInfoRequest(input: $input) {\n      ...TradeRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTradeRegistration($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      tradeRegistrationExportUrl\n      tradeRegistration {\n        ...TradeRegistrationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseTradeRegistration($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      tradeRegistrationExportUrl\n      tradeRegistration {\n        ...TradeRegistrationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueApplicationFields on VenueApplication {\n    id\n    organisationName\n    kind\n    address\n    district\n    contactName\n    contactEmail\n    contactPhone\n    description\n    categories\n    offers {\n      titleDe\n      titleEn\n      discountPercent\n      fixedPriceCents\n      translations {\n        language\n        title\n      }\n    }\n    status\n    infoRequest\n    applicantAnswer\n    rejectionReason\n    decisionMessage\n    createdAt\n  }\n"): (typeof documents)["\n  fragment VenueApplicationFields on VenueApplication {\n    id\n    organisationName\n    kind\n    address\n    district\n    contactName\n    contactEmail\n    contactPhone\n    description\n    categories\n    offers {\n      titleDe\n      titleEn\n      discountPercent\n      fixedPriceCents\n      translations {\n        language\n        title\n      }\n    }\n    status\n    infoRequest\n    applicantAnswer\n    rejectionReason\n    decisionMessage\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVenueApplications {\n    myVenueApplications {\n      ...VenueApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query MyVenueApplications {\n    myVenueApplications {\n      ...VenueApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitVenueApplication($input: VenueApplicationInput!) {\n    submitVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitVenueApplication($input: VenueApplicationInput!) {\n    submitVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerVenueApplication($input: AnswerVenueApplicationInput!) {\n    answerVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerVenueApplication($input: AnswerVenueApplicationInput!) {\n    answerVenueApplication(input: $input) {\n      ...VenueApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseVenueApplication($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      venueApplication {\n        ...VenueApplicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseVenueApplication($id: ID!) {\n    backofficeCase(id: $id) {\n      id\n      venueApplication {\n        ...VenueApplicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueTeam {\n    venueColleagues {\n      accountId\n      email\n      since\n      isMe\n    }\n    venueInvitations {\n      id\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query VenueTeam {\n    venueColleagues {\n      accountId\n      email\n      since\n      isMe\n    }\n    venueInvitations {\n      id\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteVenueOperator($input: InviteVenueOperatorInput!) {\n    inviteVenueOperator(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteVenueOperator($input: InviteVenueOperatorInput!) {\n    inviteVenueOperator(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeVenueInvitation($id: ID!) {\n    revokeVenueInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeVenueInvitation($id: ID!) {\n    revokeVenueInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVenueColleague($accountId: ID!) {\n    removeVenueColleague(accountId: $accountId)\n  }\n"): (typeof documents)["\n  mutation RemoveVenueColleague($accountId: ID!) {\n    removeVenueColleague(accountId: $accountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueInvitationPreview($token: String!) {\n    venueInvitation(token: $token) {\n      venueName\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query VenueInvitationPreview($token: String!) {\n    venueInvitation(token: $token) {\n      venueName\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptVenueInvitation($token: String!) {\n    acceptVenueInvitation(token: $token) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptVenueInvitation($token: String!) {\n    acceptVenueInvitation(token: $token) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffVenues {\n    venues {\n      id\n      name\n      kind\n      address\n      district\n      active\n    }\n  }\n"): (typeof documents)["\n  query StaffVenues {\n    venues {\n      id\n      name\n      kind\n      address\n      district\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      district\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      district\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueFields on Venue {\n    id\n    name\n    kind\n    address\n    district\n    openingHours\n    contact\n  }\n"): (typeof documents)["\n  fragment VenueFields on Venue {\n    id\n    name\n    kind\n    address\n    district\n    openingHours\n    contact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFields on Offer {\n    id\n    venueId\n    title\n    titleLanguage\n    titleDe\n    titleEn\n    description\n    descriptionLanguage\n    descriptionDe\n    descriptionEn\n    discountPercent\n    fixedPriceCents\n    categories\n    validFrom\n    validUntil\n    conditions\n    conditionsLanguage\n    conditionsDe\n    conditionsEn\n    translations {\n      language\n      title\n      description\n      conditions\n    }\n  }\n"): (typeof documents)["\n  fragment OfferFields on Offer {\n    id\n    venueId\n    title\n    titleLanguage\n    titleDe\n    titleEn\n    description\n    descriptionLanguage\n    descriptionDe\n    descriptionEn\n    discountPercent\n    fixedPriceCents\n    categories\n    validFrom\n    validUntil\n    conditions\n    conditionsLanguage\n    conditionsDe\n    conditionsEn\n    translations {\n      language\n      title\n      description\n      conditions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueApiKeyFields on VenueApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment VenueApiKeyFields on VenueApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedVenue {\n    managedVenue {\n      ...VenueFields\n    }\n    venueOffers {\n      ...OfferFields\n    }\n    venueApiKeys {\n      ...VenueApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ManagedVenue {\n    managedVenue {\n      ...VenueFields\n    }\n    venueOffers {\n      ...OfferFields\n    }\n    venueApiKeys {\n      ...VenueApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenueApiKey($input: CreateApiKeyInput!) {\n    createVenueApiKey(input: $input) {\n      key\n      apiKey {\n        ...VenueApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenueApiKey($input: CreateApiKeyInput!) {\n    createVenueApiKey(input: $input) {\n      key\n      apiKey {\n        ...VenueApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeVenueApiKey($id: ID!) {\n    revokeVenueApiKey(id: $id) {\n      ...VenueApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeVenueApiKey($id: ID!) {\n    revokeVenueApiKey(id: $id) {\n      ...VenueApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDiscount($code: String!, $offerId: ID) {\n    verifyDiscount(code: $code, offerId: $offerId) {\n      verificationId\n      valid\n      eligible\n      reason\n      card {\n        status\n        validUntil\n        categories\n      }\n      offer {\n        id\n        title\n        titleLanguage\n        discountPercent\n        fixedPriceCents\n      }\n      repeatedPresentation\n      presentation\n      holderName\n      notice\n      printedCardUsesToday\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyDiscount($code: String!, $offerId: ID) {\n    verifyDiscount(code: $code, offerId: $offerId) {\n      verificationId\n      valid\n      eligible\n      reason\n      card {\n        status\n        validUntil\n        categories\n      }\n      offer {\n        id\n        title\n        titleLanguage\n        discountPercent\n        fixedPriceCents\n      }\n      repeatedPresentation\n      presentation\n      holderName\n      notice\n      printedCardUsesToday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOfflineVerifications($entries: [OfflineVerificationInput!]!) {\n    recordOfflineVerifications(entries: $entries)\n  }\n"): (typeof documents)["\n  mutation RecordOfflineVerifications($entries: [OfflineVerificationInput!]!) {\n    recordOfflineVerifications(entries: $entries)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEligibleOffers($kind: VenueKind, $district: String) {\n    myEligibleOffers(kind: $kind, district: $district) {\n      ...OfferFields\n      venue {\n        ...VenueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEligibleOffers($kind: VenueKind, $district: String) {\n    myEligibleOffers(kind: $kind, district: $district) {\n      ...OfferFields\n      venue {\n        ...VenueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueStatistics($days: Int!) {\n    venueStatistics(days: $days) {\n      from\n      verifications\n      uniqueVisitors\n      perDay {\n        day\n        verifications\n        granted\n      }\n      perOffer {\n        offerId\n        titleDe\n        titleEn\n        verifications\n        granted\n      }\n      perCategory {\n        category\n        visitors\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenueStatistics($days: Int!) {\n    venueStatistics(days: $days) {\n      from\n      verifications\n      uniqueVisitors\n      perDay {\n        day\n        verifications\n        granted\n      }\n      perOffer {\n        offerId\n        titleDe\n        titleEn\n        verifications\n        granted\n      }\n      perCategory {\n        category\n        visitors\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;