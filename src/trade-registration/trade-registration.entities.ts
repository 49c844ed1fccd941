import { TradeRegistrationCounter } from './entities/trade-registration-counter.entity.js';
import { TradeRegistration } from './entities/trade-registration.entity.js';
import { WzCode } from './entities/wz-code.entity.js';
import { WzEdition } from './entities/wz-edition.entity.js';

/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const TRADE_REGISTRATION_ENTITIES: Function[] = [WzEdition, WzCode, TradeRegistration, TradeRegistrationCounter];
