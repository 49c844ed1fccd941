import { PrivacyResolver } from './privacy.resolver.js';

export const PRIVACY_RESOLVERS: Function[] = [PrivacyResolver];
