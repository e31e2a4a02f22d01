/**
 * The media store contract on both stores: the embedded FileMediaStore (served by a uWS server of
 * its own) always, S3MediaStore against the real SeaweedFS of this run when SEAWEED_S3_ENDPOINT is
 * set (scripts/test.sh starts one).
 */
import { fileStoreServer, s3FromEnv, s3Skip, s3Store } from '../../testing/media.js';
import { mediaStoreContract } from './store_contract.js';

mediaStoreContract('FileMediaStore', async (clock) => {
  const served = await fileStoreServer(clock);
  return { store: served.store, close: () => served.close() };
});

mediaStoreContract(
  'S3MediaStore (SeaweedFS)',
  async (clock) => {
    const { store } = await s3Store(s3FromEnv()!, clock);
    return { store, close: () => store.close() };
  },
  { skip: s3Skip },
);
