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
