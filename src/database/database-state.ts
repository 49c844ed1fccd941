import { Injectable } from '@nestjs/common';

/** Whether migrations have completed; `/health` reports 503 until then. */
@Injectable()
export class DatabaseState {
  migrated = false;
}
