import { graphql } from '../gql';

export const KIOSK_TERMINAL = graphql(`
  query KioskTerminal {
    kioskTerminal {
      name
      location
      idleSeconds
      warningSeconds
    }
  }
`);

export const CREATE_KIOSK_HANDOVER = graphql(`
  mutation CreateKioskHandover($input: CreateKioskHandoverInput!) {
    createKioskHandover(input: $input) {
      code
      path
      expiresAt
    }
  }
`);

export const REDEEM_KIOSK_HANDOVER = graphql(`
  mutation RedeemKioskHandover($code: String!) {
    redeemKioskHandover(code: $code) {
      step
      email
      preferredLanguage
      articleId
    }
  }
`);

export const KIOSK_DEVICES = graphql(`
  query KioskDevices {
    kioskDevices {
      id
      name
      location
      district
      office
      createdAt
      disabledAt
      lastSeenAt
    }
  }
`);

export const REGISTER_KIOSK_DEVICE = graphql(`
  mutation RegisterKioskDevice($input: RegisterKioskDeviceInput!) {
    registerKioskDevice(input: $input) {
      enrolmentPath
      device {
        id
        name
      }
    }
  }
`);

export const DISABLE_KIOSK_DEVICE = graphql(`
  mutation DisableKioskDevice($id: ID!) {
    disableKioskDevice(id: $id) {
      id
      disabledAt
    }
  }
`);
