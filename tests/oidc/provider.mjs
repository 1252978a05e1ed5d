// A real OpenID Connect provider (npm `oidc-provider`) on 127.0.0.1 for the relying-party tests.
// Configured like ID-porten where it matters: authorization code flow only, PKCE (S256) required,
// RS256-signed ID tokens with `acr` (idporten-loa-low/substantial/high), `iss` in the
// authorization response (RFC 9207). The login step is programmatic: a test POSTs the account and
// the assurance level it wants to /interaction/<uid>/login, so tests can produce a too-low `acr`.
//
// Used in-process by oidc.test.mjs; `node tests/oidc/provider.mjs` also runs it standalone and
// prints the issuer.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'masseflyt';
export const CLIENT_SECRET = 'test-secret-not-for-production';
export const ES256_CLIENT_ID = 'masseflyt-es256';
export const REDIRECT_URI = 'http://127.0.0.1/masseflyt/auth/callback';
export const ACR_VALUES = ['idporten-loa-low', 'idporten-loa-substantial', 'idporten-loa-high'];

const ACCOUNTS = {
  kari: { name: 'Kari Nordmann', given_name: 'Kari', family_name: 'Nordmann', email: 'kari@example.no' },
  // A provider-verified address that matches a demo account (login.test.mjs: linking by e-mail).
  nina: { name: 'Nina ID-porten', email: 'ny@demo.masseflyt.no', email_verified: true },
  // The same address unverified: must never be linked to the local account.
  nils: { name: 'Nils Uverifisert', email: 'ny@demo.masseflyt.no', email_verified: false },
};

function signingKeys() {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return [
    { ...rsa, kid: 'test-rsa-1', alg: 'RS256', use: 'sig' },
    { ...ec, kid: 'test-ec-1', alg: 'ES256', use: 'sig' },
  ];
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

/**
 * @param {{idTokenTtl?: number, redirectUris?: string[]}} [options] `redirectUris` are allowed for
 *   the CLIENT_ID client besides REDIRECT_URI (the real binary's callback in login.test.mjs).
 * @returns {Promise<{issuer: string, provider: Provider, close: () => Promise<void>}>}
 */
export async function startProvider({ idTokenTtl = 3600, redirectUris = [] } = {}) {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const client = {
    client_secret: CLIENT_SECRET,
    redirect_uris: [REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    require_auth_time: true, // ID-porten always sends auth_time
  };

  const provider = new Provider(issuer, {
    clients: [
      { ...client, client_id: CLIENT_ID, id_token_signed_response_alg: 'RS256',
        redirect_uris: [REDIRECT_URI, ...redirectUris] },
      { ...client, client_id: ES256_CLIENT_ID, id_token_signed_response_alg: 'ES256' },
    ],
    jwks: { keys: signingKeys() },
    pkce: { methods: ['S256'], required: () => true },
    acrValues: ACR_VALUES,
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      email: ['email', 'email_verified'],
    },
    // Profile claims in the ID token itself, as the relying party reads no userinfo.
    conformIdTokenClaims: false,
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    features: { devInteractions: { enabled: false } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: idTokenTtl,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    async findAccount(ctx, id) {
      const profile = ACCOUNTS[id];
      if (!profile) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...profile }) };
    },
    // First-party client: grant the requested scopes without a consent screen.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
  // The in-memory adapter and an http issuer are exactly what a loopback test wants.
  provider.on('server_error', (ctx, error) => console.error('oidc-provider server_error', error));

  const callback = provider.callback();
  server.on('request', async (req, res) => {
    const match = /^\/interaction\/([^/?]+)(\/login)?(?:\?.*)?$/.exec(req.url);
    if (!match) {
      callback(req, res);
      return;
    }
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET' && !match[2]) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ uid: details.uid, prompt: details.prompt.name, params: details.params }));
        return;
      }
      if (req.method === 'POST' && match[2]) {
        const form = await readForm(req);
        if (!ACCOUNTS[form.login]) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end('unknown account');
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: form.login, acr: form.acr || ACR_VALUES[1], amr: ['pwd'] } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      res.writeHead(405).end();
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(String(error?.message ?? error));
    }
  });

  return {
    issuer,
    provider,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { issuer } = await startProvider();
  console.log(issuer);
}
