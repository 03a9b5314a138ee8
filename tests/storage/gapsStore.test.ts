import { gapsStoreContract } from '../gaps/gapsStoreContract';
import { forEachBackend } from './backends';

// The gaps store's own contract (tests/gaps), run against both backends.
forEachBackend('the gaps store', (stores) => {
  gapsStoreContract(() => stores().gaps);
});
