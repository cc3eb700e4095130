import { z } from 'zod';
import { InvitationAccepted, InvitationToken } from '#shared/schemas/employer-user';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';
import { acceptEmployerInvitation } from '../services/invitations.ts';

// Public: the invited person has no account yet; the token in the mailed link is the proof.
export const invitationRoutes = apiRoutes().openapi(
  apiRoute({
    method: 'post',
    path: '/{token}/accept',
    tag: 'Employer users',
    summary: 'Accept an invitation: creates or links the account and adds it to the employer',
    roles: 'public',
    problems: [404, 409, 410],
    request: { params: z.object({ token: InvitationToken }) },
    responses: { 200: json('Accepted; sign in with the account', InvitationAccepted) },
  }),
  async (c) => c.json(await acceptEmployerInvitation(c.var.deps, c.req.valid('param').token), 200),
);
