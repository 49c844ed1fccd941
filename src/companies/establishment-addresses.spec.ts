import type { EntityManager } from 'typeorm';
import { EstablishmentAddresses } from './establishment-addresses.js';

const manager = {} as EntityManager;
const request = { companyId: 'c', establishmentId: 'e', servicePointCode: 'business-bochum-hbf' };

describe('EstablishmentAddresses', () => {
  it('hands the allocation to the registered provider, in the caller’s transaction', async () => {
    const port = new EstablishmentAddresses();
    const calls: unknown[] = [];
    port.register({
      allocateForEstablishment: async (given, asked) => {
        calls.push([given, asked]);
        return { allocationId: 'a', lines: ['line'] };
      },
    });
    await expect(port.allocateForEstablishment(manager, request)).resolves.toEqual({ allocationId: 'a', lines: ['line'] });
    expect(calls).toEqual([[manager, request]]);
  });

  it('refuses a second provider and fails loudly without one', async () => {
    const port = new EstablishmentAddresses();
    await expect(port.allocateForEstablishment(manager, request)).rejects.toThrow('No establishment address provider');
    const provider = { allocateForEstablishment: async () => ({ allocationId: 'a', lines: [] }) };
    port.register(provider);
    expect(() => port.register(provider)).toThrow('registered already');
  });
});
