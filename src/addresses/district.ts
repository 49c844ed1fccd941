import { registerEnumType } from '@nestjs/graphql';

/** The city's districts a virtual resident can belong to (the Bochum profile). */
export enum District {
  bochum = 'bochum',
  wattenscheid = 'wattenscheid',
}

registerEnumType(District, { name: 'District' });
