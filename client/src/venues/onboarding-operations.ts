import { graphql } from '../gql';
import type { MyVenueApplicationsQuery, VenueApplicationFieldsFragment } from '../gql/graphql';

export type VenueApplication = VenueApplicationFieldsFragment;
export type MyVenueApplication = MyVenueApplicationsQuery['myVenueApplications'][number];

export const VENUE_APPLICATION_FIELDS = graphql(`
  fragment VenueApplicationFields on VenueApplication {
    id
    organisationName
    kind
    address
    district
    contactName
    contactEmail
    contactPhone
    description
    categories
    offers {
      titleDe
      titleEn
      discountPercent
      fixedPriceCents
      translations {
        language
        title
      }
    }
    status
    infoRequest
    applicantAnswer
    rejectionReason
    decisionMessage
    createdAt
  }
`);

export const MY_VENUE_APPLICATIONS = graphql(`
  query MyVenueApplications {
    myVenueApplications {
      ...VenueApplicationFields
    }
  }
`);

export const SUBMIT_VENUE_APPLICATION = graphql(`
  mutation SubmitVenueApplication($input: VenueApplicationInput!) {
    submitVenueApplication(input: $input) {
      ...VenueApplicationFields
    }
  }
`);

export const ANSWER_VENUE_APPLICATION = graphql(`
  mutation AnswerVenueApplication($input: AnswerVenueApplicationInput!) {
    answerVenueApplication(input: $input) {
      ...VenueApplicationFields
    }
  }
`);

export const CASE_VENUE_APPLICATION = graphql(`
  query CaseVenueApplication($id: ID!) {
    backofficeCase(id: $id) {
      id
      venueApplication {
        ...VenueApplicationFields
      }
    }
  }
`);

export const VENUE_TEAM = graphql(`
  query VenueTeam {
    venueColleagues {
      accountId
      email
      since
      isMe
    }
    venueInvitations {
      id
      email
      expiresAt
    }
  }
`);

export const INVITE_VENUE_OPERATOR = graphql(`
  mutation InviteVenueOperator($input: InviteVenueOperatorInput!) {
    inviteVenueOperator(input: $input) {
      id
    }
  }
`);

export const REVOKE_VENUE_INVITATION = graphql(`
  mutation RevokeVenueInvitation($id: ID!) {
    revokeVenueInvitation(id: $id) {
      id
    }
  }
`);

export const REMOVE_VENUE_COLLEAGUE = graphql(`
  mutation RemoveVenueColleague($accountId: ID!) {
    removeVenueColleague(accountId: $accountId)
  }
`);

export const VENUE_INVITATION = graphql(`
  query VenueInvitationPreview($token: String!) {
    venueInvitation(token: $token) {
      venueName
      status
      expiresAt
    }
  }
`);

export const ACCEPT_VENUE_INVITATION = graphql(`
  mutation AcceptVenueInvitation($token: String!) {
    acceptVenueInvitation(token: $token) {
      id
    }
  }
`);

export const STAFF_VENUES = graphql(`
  query StaffVenues {
    venues {
      id
      name
      kind
      address
      district
      active
    }
  }
`);

export const UPDATE_VENUE = graphql(`
  mutation UpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      id
      name
      address
      district
      active
    }
  }
`);
