// Compiled with the client openapi-ts generates from infra/openapi-public.json (contract.test.mjs): tsc checks each
// body against the contract's types, so a contract that disagreed with these calls would not compile.
import { client } from './gen/client.gen';
import { listQuestions, vacancyFilling, veto } from './gen/sdk.gen';

export async function run(baseUrl: string) {
  client.setConfig({ baseUrl });
  const answered = await vacancyFilling({
    body: {
      municipality: { kind: 'VILLAGE', population: 3200 },
      office: 'TRUSTEE',
      cause: 'RESIGNATION',
      vacancyDate: '2026-12-01',
      nextGeneralElectionDate: '2027-04-06',
    },
  });
  const needsFacts = await veto({ body: {} });
  // a value outside the enum, as a careless integrator might send it: the contract's 400
  const invalid = await vacancyFilling({ body: { office: 'KING' } as unknown as Parameters<typeof vacancyFilling>[0]['body'] });
  const catalogue = await listQuestions();
  return {
    answered: { status: answered.response?.status, data: answered.data },
    needsFacts: { status: needsFacts.response?.status, data: needsFacts.data },
    invalid: { status: invalid.response?.status, error: invalid.error },
    catalogue: { status: catalogue.response?.status, data: catalogue.data },
  };
}
