import { graphql } from '../../gql';
import type { StaffSurveyFieldsFragment, SurveyFieldsFragment, SurveyInput, SurveyResultsFieldsFragment } from '../../gql/graphql';

export type Survey = SurveyFieldsFragment;
export type StaffSurvey = StaffSurveyFieldsFragment;
export type SurveyResults = SurveyResultsFieldsFragment;
export type { SurveyInput };

export const SURVEY_FIELDS = graphql(`
  fragment SurveyFields on Survey {
    id
    title {
      text
      language
    }
    intro {
      text
      language
    }
    opensAt
    closesAt
    state
    resultsVisibleToParticipants
    questions {
      id
      kind
      required
      text {
        text
        language
      }
      options {
        id
        text {
          text
          language
        }
      }
      scaleMin
      scaleMax
      scaleMinLabel {
        text
        language
      }
      scaleMaxLabel {
        text
        language
      }
    }
  }
`);

export const STAFF_SURVEY_FIELDS = graphql(`
  fragment StaffSurveyFields on StaffSurvey {
    id
    status
    titleDe
    introDe
    translations {
      language
      title
      intro
    }
    questions {
      id
      kind
      required
      texts {
        language
        text
      }
      options {
        id
        texts {
          language
          text
        }
      }
      scaleMin
      scaleMax
      scaleMinLabels {
        language
        text
      }
      scaleMaxLabels {
        language
        text
      }
    }
    audience {
      residents
      categories
      districts
      companies
    }
    opensAt
    closesAt
    resultsVisibleToParticipants
    publishedAt
    closedAt
    updatedAt
    participants
  }
`);

export const SURVEY_RESULTS_FIELDS = graphql(`
  fragment SurveyResultsFields on SurveyResults {
    surveyId
    title {
      text
      language
    }
    state
    minGroupSize
    respondents
    district
    category
    questions {
      questionId
      kind
      text {
        text
        language
      }
      answered
      options {
        optionId
        text {
          text
          language
        }
        count
        meanRank
        bordaScore
      }
      scaleAverage
      distribution {
        value
        count
      }
      freeTexts
    }
  }
`);

export const MY_SURVEYS = graphql(`
  query MySurveys {
    mySurveys {
      ...SurveyFields
    }
  }
`);

export const SURVEY = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const ANSWER_SURVEY = graphql(`
  mutation AnswerSurvey($id: ID!, $answers: [SurveyAnswerInput!]!) {
    answerSurvey(id: $id, answers: $answers) {
      ...SurveyFields
    }
  }
`);

export const SURVEY_RESULTS = graphql(`
  query SurveyResults($id: ID!, $filter: SurveyResultFilterInput) {
    surveyResults(id: $id, filter: $filter) {
      ...SurveyResultsFields
    }
  }
`);

export const SURVEY_RESULTS_CSV = graphql(`
  query SurveyResultsCsv($id: ID!) {
    surveyResultsCsv(id: $id)
  }
`);

export const STAFF_SURVEYS = graphql(`
  query StaffSurveys {
    staffSurveys {
      ...StaffSurveyFields
    }
  }
`);

export const STAFF_SURVEY = graphql(`
  query StaffSurvey($id: ID!) {
    staffSurvey(id: $id) {
      ...StaffSurveyFields
    }
  }
`);

export const SURVEY_PREVIEW = graphql(`
  query SurveyPreview($id: ID!, $language: String!) {
    surveyPreview(id: $id, language: $language) {
      ...SurveyFields
    }
  }
`);

export const CREATE_SURVEY = graphql(`
  mutation CreateSurvey($input: SurveyInput!) {
    createSurvey(input: $input) {
      ...StaffSurveyFields
    }
  }
`);

export const UPDATE_SURVEY = graphql(`
  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {
    updateSurvey(id: $id, input: $input) {
      ...StaffSurveyFields
    }
  }
`);

export const PUBLISH_SURVEY = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      ...StaffSurveyFields
    }
  }
`);

export const CLOSE_SURVEY = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      ...StaffSurveyFields
    }
  }
`);
