import { Module } from '@nestjs/common';
import { SandboxBankController } from './sandbox-bank.controller.js';
import { SandboxBankService } from './sandbox-bank.service.js';

/** The sandbox bank: a bank of its own on `/sandbox-bank`, with its own tables (`sandbox_bank_*`). */
@Module({
  controllers: [SandboxBankController],
  providers: [SandboxBankService],
})
export class SandboxBankModule {}
