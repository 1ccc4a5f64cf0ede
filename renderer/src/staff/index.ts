// Staff mode, for the app to wire: the hidden entry (a 3-second press in the top-left corner) and
// the flow after it (sign-in and the staff screens).
export { STAFF_ENTRY_HOLD_MS, StaffEntry } from './StaffEntry';
export { StaffFlow } from './StaffFlow';
