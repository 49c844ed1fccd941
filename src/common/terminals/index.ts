export { Terminals, TERMINAL_CONNECTION_PARAM, TERMINAL_DEVICE_HEADER, terminalSecretOf, type Terminal } from './terminals.js';
