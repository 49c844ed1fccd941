/** Staff area panel of this domain (rendered by StaffPage); decides itself whom it shows to. */
export function StaffMailboxPanel() {
  return null;
}
