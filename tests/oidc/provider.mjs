// A real OpenID Connect provider (npm oidc-provider) for lcreview's sign-in tests.
//
//   node provider.mjs REDIRECT_URI
//
// Listens on a free loopback port and prints `ISSUER http://127.0.0.1:PORT` once ready. One
// confidential client: id `lcreview-test`, secret `lcreview-test-secret`, the given redirect URI.
// Accounts: any e-mail address is an account whose subject is `sub-<address>`. An address starting
// with `unverified.` has email_verified = false.
// Interactions are scripted instead of a login form: GET /interaction/UID?login=ADDRESS signs in as
// ADDRESS and grants the requested scopes, then resumes the authorization.
import http from 'node:http';
import Provider from 'oidc-provider';

const redirectUri = process.argv[2];
if (!redirectUri) {
  console.error('usage: node provider.mjs REDIRECT_URI');
  process.exit(2);
}

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'lcreview-test',
      client_secret: 'lcreview-test-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  // Cookie names distinct from the app's: cookies do not separate by port on 127.0.0.1.
  cookies: { names: { session: 'op_session', interaction: 'op_interaction', resume: 'op_resume' }, keys: ['test-only'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    // "sub-NAME" signs in as NAME; "sub-TAG:NAME" is another account of this provider with the
    // same e-mail address NAME (a second subject for one person).
    const email = sub.replace(/^sub-/, '').replace(/^[a-z0-9]+:/, '');
    return {
      accountId: sub,
      async claims() {
        return { sub, email, email_verified: !email.startsWith('unverified.'), name: email.split('@')[0] };
      },
    };
  },
});
provider.on('server_error', (_ctx, err) => console.error('server_error', err));

const callback = provider.callback();
server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  if (!url.pathname.startsWith('/interaction/')) {
    callback(req, res);
    return;
  }
  try {
    const details = await provider.interactionDetails(req, res);
    const login = url.searchParams.get('login');
    if (!login) {
      res.statusCode = 400;
      res.end('pass ?login=ADDRESS');
      return;
    }
    const accountId = `sub-${login}`;
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  } catch (err) {
    console.error('interaction failed', err);
    res.statusCode = 500;
    res.end(String(err));
  }
});

console.log(`ISSUER ${issuer}`);
