import { z } from 'zod';
import { displayText } from './display-text.ts';

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'must be an email address' }));
const password = z.string().min(1, 'is required').max(1024);
const name = displayText(200);

export const setUpSchema = z
  .object({ name, email, password, clinicName: displayText(200).optional() })
  .meta({ id: 'SetUpRequest' });
export const signUpSchema = z.object({ name, email, password }).meta({ id: 'SignUpRequest' });
export const signInSchema = z
  .object({
    email,
    password,
    code: z
      .string()
      .trim()
      .regex(/^[0-9]{6}$/, 'must be the 6 digits from your authenticator app')
      .optional()
      .describe('Two-factor code, for accounts that turned it on'),
  })
  .meta({ id: 'SignInRequest' });
export const changePasswordSchema = z
  .object({ currentPassword: password, newPassword: password })
  .meta({ id: 'ChangePasswordRequest' });
export const totpCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[0-9]{6}$/, 'must be 6 digits'),
  })
  .meta({ id: 'TotpCode' });
export const totpSetupSchema = z
  .object({ secret: z.string().describe('Base32; type it in if the QR code cannot be scanned'), uri: z.string() })
  .meta({ id: 'TotpSetup' });
export const passwordOnlySchema = z.object({ password }).meta({ id: 'PasswordConfirmation' });

export const accountSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      mustChangePassword: z.boolean().describe('The password was set by someone else: change it first'),
      twoFactor: z.boolean(),
      emailVerified: z
        .boolean()
        .describe('The account proved it receives mail at its address (needed for portal access and invitations)'),
    }),
    memberships: z.array(
      z.object({
        clinicId: z.string(),
        clinicName: z.string(),
        role: z.enum(['owner', 'therapist', 'front-desk', 'client']),
      }),
    ),
    csrfToken: z.string().describe('Send it back in the x-csrf-token header on every state-changing request'),
  })
  .meta({ id: 'Account' });

export const checkEmailSchema = z
  .object({ status: z.literal('check-email'), message: z.string() })
  .meta({ id: 'CheckEmail' });

const token = z.string().trim().min(16, 'is not a whole link').max(200);
export const emailLinkTokenSchema = z.object({ token }).meta({ id: 'EmailLinkToken' });
export const useEmailLinkSchema = z
  .object({
    token,
    password: password.optional().describe('What `needs` in the link info asks for'),
    code: z
      .string()
      .trim()
      .regex(/^[0-9]{6}$/, 'must be 6 digits')
      .optional(),
  })
  .meta({ id: 'UseEmailLink' });
export const emailLinkInfoSchema = z
  .object({
    purpose: z.enum(['signup', 'verify', 'invitation', 'sign-in']),
    email: z.string(),
    clinicName: z.string().nullable(),
    role: z.string().nullable(),
    needs: z
      .enum(['signup-password', 'new-password', 'password', 'nothing'])
      .describe(
        'signup-password: the one chosen at sign-up; new-password: choose one (replaces any, signs every device out); password: the account\u2019s; nothing: signed in as the account',
      ),
    twoFactor: z.boolean(),
  })
  .meta({ id: 'EmailLinkInfo' });
export const emailOnlySchema = z.object({ email }).meta({ id: 'EmailOnly' });
export const receivedInvitationSchema = z
  .object({
    id: z.string(),
    clinicId: z.string(),
    clinicName: z.string(),
    role: z.enum(['owner', 'therapist', 'front-desk']),
    invitedAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'ReceivedInvitation' });
export const invitationIdSchema = z.object({ invitationId: z.string().min(1).max(100) });
