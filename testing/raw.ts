// The raw connection is shared with the conformance kit (lib/conformance), which runs outside tests.
export { RawConnection } from '../lib/conformance/raw.js';
