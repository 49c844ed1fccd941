import { graphql } from '../gql';

export const SUBMIT_ACCESSIBILITY_FEEDBACK = graphql(`
  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {
    submitAccessibilityFeedback(input: $input) {
      reference
      receivedAt
    }
  }
`);
