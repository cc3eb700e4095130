import { z } from 'zod';
import { InvitationAccepted, InvitationPreview, InvitationToken } from '#shared/schemas/employer-user';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';
import { acceptEmployerInvitation, previewEmployerInvitation } from '../services/invitations.ts';

// Public: the invited person has no account yet; the token in the mailed link is the proof.
const tag = 'Employer users';
const request = { params: z.object({ token: InvitationToken }) };

export const invitationRoutes = apiRoutes()
  .openapi(
    apiRoute({
      method: 'get',
      path: '/{token}',
      tag,
      summary:
        'What an invitation is to (employer, invited name, expiry), so the page can say it before joining',
      roles: 'public',
      problems: [404, 409, 410],
      request,
      responses: { 200: json('The invitation can be accepted', InvitationPreview) },
    }),
    async (c) => c.json(await previewEmployerInvitation(c.req.valid('param').token), 200),
  )
  .openapi(
    apiRoute({
      method: 'post',
      path: '/{token}/accept',
      tag,
      summary: 'Accept an invitation: creates or links the account and adds it to the employer',
      roles: 'public',
      problems: [404, 409, 410],
      request,
      responses: { 200: json('Accepted; sign in with the account', InvitationAccepted) },
    }),
    async (c) => c.json(await acceptEmployerInvitation(c.var.deps, c.req.valid('param').token), 200),
  );
