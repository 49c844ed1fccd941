/** Who a pool's addresses are for: virtual residents, or companies (business addresses). */
export enum AddressPoolPurpose {
  residents = 'residents',
  businesses = 'businesses',
}
