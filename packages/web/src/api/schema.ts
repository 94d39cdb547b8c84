/**
 * Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit:
 * change the route schemas in packages/server and regenerate.
 */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the server is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this Myomap still needs its first account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needsSetup: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** First start: create the first account, and with a clinic name, the clinic it owns */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetUpRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a personal self-care account: a link to finish it goes to the address
         * @description Always 202 for a well-formed request, whether or not the address has an account: a new address gets a link (good for 24 hours) that makes the account once it is opened with the same password; an address with an account gets a note that someone tried. No session starts here.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignUpRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckEmail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email-link/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an emailed link is for and what using it needs (the link stays unused) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailLinkTokenInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmailLinkInfo"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Use an emailed link (once): finish a sign-up, prove the address, join a clinic or sign in
         * @description A link works once and expires. Its token was emailed after # in the link, so it never reached a server log. A verify or invitation link used by someone not signed in as the account sets the password sent with it and signs every other device out.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UseEmailLinkInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signin-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a new one-time sign-in link for an email locked after failed sign-ins
         * @description Always 202: a link goes only to a locked account, and at most every 5 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailOnlyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckEmail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; a new session (and cookie) every time
         * @description Accounts with two-factor sign-in also send `code`; without it the answer is 401 with an error on body.code. Five failed attempts for one email within 15 minutes lock the password alone out for 15 minutes (429) and email the account a one-time sign-in link; with two-factor on, the password and a code still sign in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account, its clinics and roles, and its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (needs the current one); every session ends and a new one (cookie and CSRF token) replaces this one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor set-up: a secret and otpauth:// URI for an authenticator app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpSetup"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in on with a code from the new secret */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TotpCodeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off (needs the password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordConfirmationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the signed-in account a link to prove its address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckEmail"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clinics inviting the signed-in account to their staff (once its address is proved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedInvitation"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the clinic’s staff as invited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body region vocabulary, optionally only the regions a view draws */
        get: {
            parameters: {
                query?: {
                    view?: "front" | "back" | "left" | "right" | "head-front" | "head-side" | "head-back" | "hand-palm" | "hand-back" | "foot-sole" | "foot-top";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/muscles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List muscles, optionally searched ("lats", "heel pain") or filtered by body area */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    area?: "head" | "neck" | "shoulder" | "arm" | "elbow" | "forearm" | "wrist" | "hand" | "chest" | "abdomen" | "upper back" | "lower back" | "pelvis" | "hip" | "thigh" | "knee" | "leg" | "ankle" | "foot";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MuscleSummary"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/muscles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One muscle with its trigger points, referral zones, self-treatment, stretch and sources */
        get: {
            parameters: {
                query?: {
                    side?: "left" | "right";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Muscle"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List conditions, optionally searched */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConditionSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conditions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One condition: muscles to check, evidence with sources, red flags, questions for a doctor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Condition"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank the muscles whose trigger points best explain a pain drawing
         * @description Referral patterns show where to look, not what is wrong. Red flags in the response come first: when present, the person should see a doctor before any self-treatment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FinderRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinderResponse"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The safety questions, in stepper order, with the ruleset version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScreeningQuestions"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answers and medicines in; a decision with every reason, modifications and sources out
         * @description Outcomes, most severe first: urgent, refer, postpone, caution, ok. Red flags always win.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScreeningRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScreeningDecision"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a session: ordered, timed steps within a time budget, respecting screening */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionPlan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a new clinic, owned by the signed-in account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClinicCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClinicSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clinic’s settings (owner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClinicSettings"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the clinic’s name, record retention, or whether therapists see only their own clients */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClinicSettingsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClinicSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clinics/{clinicId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff of the clinic and their roles (owner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a therapist, front-desk member or co-owner by email; they join when they accept
         * @description The answer is the same whether or not the address has an account (202, the invitation, no name). The invitee accepts with the emailed link, or signed in with a proved address, on their account page.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "therapist" | "front-desk";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInvitation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/therapists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clinic’s therapists, to assign clients (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff invitations not yet accepted (owner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInvitation"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a staff invitation (owner); its link stops working */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a staff member from the clinic (their account stays) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/consent-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the clinic’s consent forms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentForm"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Publish a new version of a consent form; clients are asked to sign again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        title: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentForm"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first (owner): who, when (UTC), from where, what — never health data */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEntry"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the clinic’s clients by name, email or phone (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description Part of a name, email or phone number */
                    q?: string;
                };
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientProfile"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a client (contact details; intake follows) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s profile and contact details (staff, front desk included) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientProfile"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client’s profile or contact details */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clinical record: medicines, consent, latest screening and what changed, and the timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientRecord"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/medications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the client’s list of medicines */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MedicationsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Medications"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a safety screening (intake or before a session); the answer shows what changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScreeningRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedScreening"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/drawings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a pain drawing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                        regions: unknown;
                        symptoms?: string[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDrawing"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consent status: each current form, signed or to sign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentStatus"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a consent signed in clinic (the client types their name) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConsentSignatureInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentStatus"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the client a portal account (their email is the sign-in name)
         * @description A new account gets a one-time password for the clinic to hand over. An existing account is linked only once its holder has proved the address; until then `pending` is true and the address gets a link.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about the client, as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientExport"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase the client on request (owner); records the law requires are kept and marked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientProfile"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a SOAP session note with its body chart (a draft, or signed at once with ?sign=true) */
        post: {
            parameters: {
                query?: {
                    /** @description true: sign the note as it is saved (it is then locked) */
                    sign?: "true" | "false";
                };
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sessionDate: string;
                        /** @default  */
                        subjective?: string;
                        /** @default  */
                        objective?: string;
                        /** @default  */
                        assessment?: string;
                        /** @default  */
                        plan?: string;
                        drawing?: {
                            /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                            regions: unknown;
                            symptoms?: string[];
                            note?: string;
                        };
                        /** @default [] */
                        treatedPoints?: {
                            triggerPoint: string;
                            /** @enum {string} */
                            side: "left" | "right";
                            /** @enum {string} */
                            technique: "sustained-compression" | "stripping" | "stretch" | "heat" | "other";
                            durationSeconds?: number;
                            /** @default false */
                            localTwitch?: boolean;
                            /** @default false */
                            referralReproduced?: boolean;
                        }[];
                        painBefore?: number;
                        painAfter?: number;
                        durationMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionNote"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session note with its addenda */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionNote"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change a draft note (signed notes are locked: 409) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sessionDate: string;
                        /** @default  */
                        subjective?: string;
                        /** @default  */
                        objective?: string;
                        /** @default  */
                        assessment?: string;
                        /** @default  */
                        plan?: string;
                        drawing?: {
                            /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                            regions: unknown;
                            symptoms?: string[];
                            note?: string;
                        };
                        /** @default [] */
                        treatedPoints?: {
                            triggerPoint: string;
                            /** @enum {string} */
                            side: "left" | "right";
                            /** @enum {string} */
                            technique: "sustained-compression" | "stripping" | "stretch" | "heat" | "other";
                            durationSeconds?: number;
                            /** @default false */
                            localTwitch?: boolean;
                            /** @default false */
                            referralReproduced?: boolean;
                        }[];
                        painBefore?: number;
                        painAfter?: number;
                        durationMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionNote"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a draft note (its author only); it is locked from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionNote"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}/addenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an addendum to a signed note (who and when are recorded) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddendumInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionNote"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client records linked to the signed-in account (one per clinic) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalRecordLink"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My record: profile, consent to sign, signed session notes and timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalRecord"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a consent form (type your full name) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConsentSignatureInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentStatus"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the intake safety questions before a visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScreeningRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedScreening"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/drawings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a pain drawing to the clinic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                        regions: unknown;
                        symptoms?: string[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDrawing"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my whole record as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalExport"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My upcoming visits, the clinic’s rules for changing them, and the visit types I may request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            upcoming: components["schemas"]["Appointment"][];
                            rules: {
                                clientRequests: boolean;
                                clientChangeHours: number;
                                timeZone: string;
                            };
                            types: {
                                id: string;
                                name: string;
                                durationMinutes: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ask for a visit with my therapist; the clinic confirms it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        typeId: string;
                        start: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/visits/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move one of my visits (within the clinic’s notice period) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        start: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/portal/records/{clientId}/visits/{appointmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel one of my visits (within the clinic’s notice period) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A secret calendar feed URL of my visits for my phone’s calendar (renewing replaces it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedLink"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/home-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My home programs: what to do, when it is due, and what I have logged */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeProgram"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/home-programs/{programId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a routine I did, with pain before and after */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn: string;
                        painBefore?: number;
                        painAfter?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeProgram"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pain diary and session ratings (self-care account) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeEntryView"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a diary entry (pain now 0–10, optional drawing, stiffness, stress, sleep, note) or session ratings */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "diary";
                        date: string;
                        time?: string;
                        pain: number;
                        painDrawing?: {
                            /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                            regions: unknown;
                            symptoms?: string[];
                            note?: string;
                        };
                        stiffness?: number;
                        stress?: number;
                        sleep?: number;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        kind: "session";
                        date: string;
                        sessionId?: string;
                        painBefore?: number;
                        painAfter?: number;
                        sorenessNextDay?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeEntryView"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/outcomes/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scale over time, sessions marked, with the first-to-last-week change judged for pain */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    scale?: "pain" | "stiffness" | "stress" | "sleep" | "soreness";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeTrend"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/outcomes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My diary as CSV */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My diary kept with my clinic record */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeEntryView"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a diary entry or session ratings to my clinic record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "diary";
                        date: string;
                        time?: string;
                        pain: number;
                        painDrawing?: {
                            /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                            regions: unknown;
                            symptoms?: string[];
                            note?: string;
                        };
                        stiffness?: number;
                        stress?: number;
                        sleep?: number;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        kind: "session";
                        date: string;
                        sessionId?: string;
                        painBefore?: number;
                        painAfter?: number;
                        sorenessNextDay?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeEntryView"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/outcomes/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scale of my diary over time, with the change judged for pain */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    scale?: "pain" | "stiffness" | "stress" | "sleep" | "soreness";
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeTrend"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/outcomes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My diary kept with my clinic record, as CSV */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s diary and session ratings */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeEntryView"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/outcomes/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scale of the client’s diary over time, with the change judged for pain */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    scale?: "pain" | "stiffness" | "stress" | "sleep" | "soreness";
                };
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeTrend"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/outcomes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s diary as CSV */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled questionnaires (and which are due), scored responses, and change against the cited threshold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireOverview"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/questionnaires/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a questionnaire: once, before every visit, or every N visits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                        /** @description { kind: "once", atVisit? } | { kind: "every-visit" } | { kind: "every-n-visits", n, startAtVisit? } */
                        rule: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/questionnaires/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record answers (from the clinic’s licensed copy where the form is licensed); scored as published */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                        answers: unknown;
                        completedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My questionnaires: which are due, and my scores over time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireOverview"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/questionnaires/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send my answers to a questionnaire */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                        answers: unknown;
                        completedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email delivery status, newest first (owner): what was sent, what waits, what failed and why */
        get: {
            parameters: {
                query?: {
                    /** @description Only messages in this state */
                    status?: "pending" | "sending" | "sent" | "failed" | "cancelled";
                    limit?: number;
                };
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxEntry"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/home-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s home programs with adherence (done against due) and pain before and after */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeProgram"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Give the client a home program: points and stretches, days a week, weeks; reminders on due days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        items: ({
                            /** @enum {string} */
                            kind: "trigger-point";
                            triggerPoint: string;
                            /** @enum {string} */
                            side: "left" | "right";
                        } | {
                            /** @enum {string} */
                            kind: "stretch";
                            muscle: string;
                            /** @enum {string} */
                            side: "left" | "right";
                        })[];
                        daysPerWeek: number;
                        weeks: number;
                        startDate: string;
                        /** @default  */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeProgram"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/home-programs/{programId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a home program early (its remaining reminders are cancelled) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeProgram"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A progress report (PDF) for a doctor or insurer: measures, change against published thresholds, sessions, pain drawings */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a PDF (application/pdf), A4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rooms and locations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Room"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a room (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Room"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Archive a room (owner) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    roomId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/appointment-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appointment types: name, duration and buffer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentType"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add an appointment type (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        durationMinutes: number;
                        /** @default 0 */
                        bufferMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentType"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/appointment-types/{typeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Archive an appointment type (owner) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    typeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/therapists/{therapistId}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A therapist’s working hours: weekly pattern, exceptions and time off */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    therapistId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingHours"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set working hours (the therapist, or the owner) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    therapistId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description IANA time zone, e.g. Europe/London */
                        timeZone: string;
                        weekly: {
                            start: string;
                            end: string;
                            /** @description 1 = Monday … 7 = Sunday */
                            weekday: number;
                        }[];
                        /** @default [] */
                        exceptions?: {
                            date: string;
                            windows: {
                                start: string;
                                end: string;
                            }[];
                        }[];
                        /** @default [] */
                        timeOff?: {
                            /** Format: date-time */
                            startUtc: string;
                            /** Format: date-time */
                            endUtc: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingHours"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits in a window (day, week or list views), cancelled ones left out */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    therapistId?: string;
                    clientId?: string;
                };
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Book a visit or a series; with clashes, 409 lists each (errors[].field = occurrences[i]) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        therapistId: string;
                        typeId: string;
                        roomId?: string | null;
                        /** @description Local wall-clock start of the (first) visit */
                        start: string;
                        /** @description Defaults to the clinic’s time zone */
                        timeZone?: string;
                        /** @description An RFC 5545 rule: weekly by default, every `interval` weeks, `count` visits or `until` a date */
                        repeat?: {
                            /**
                             * @default weekly
                             * @enum {string}
                             */
                            frequency?: "daily" | "weekly" | "monthly";
                            /** @default 1 */
                            interval?: number;
                            count?: number;
                            until?: string;
                        };
                        /**
                         * @description refuse: book nothing while a visit clashes; skip: book the rest
                         * @default refuse
                         * @enum {string}
                         */
                        onClash?: "refuse" | "skip";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/appointments/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check every visit of a booking for clashes without booking */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        therapistId: string;
                        typeId: string;
                        roomId?: string | null;
                        /** @description Local wall-clock start of the (first) visit */
                        start: string;
                        /** @description Defaults to the clinic’s time zone */
                        timeZone?: string;
                        /** @description An RFC 5545 rule: weekly by default, every `interval` weeks, `count` visits or `until` a date */
                        repeat?: {
                            /**
                             * @default weekly
                             * @enum {string}
                             */
                            frequency?: "daily" | "weekly" | "monthly";
                            /** @default 1 */
                            interval?: number;
                            count?: number;
                            until?: string;
                        };
                        /**
                         * @description refuse: book nothing while a visit clashes; skip: book the rest
                         * @default refuse
                         * @enum {string}
                         */
                        onClash?: "refuse" | "skip";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingCheck"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move or change this visit, this and following, or the whole series */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description this one, this and following, or the whole series
                         * @default this
                         * @enum {string}
                         */
                        scope?: "this" | "following" | "series";
                        /** @description New local start of this visit; later visits in scope move by as much */
                        start?: string;
                        therapistId?: string;
                        roomId?: string | null;
                        note?: string | null;
                        /** @description Confirm a visit the client requested */
                        confirm?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clinics/{clinicId}/appointments/{appointmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel this visit, this and following, or the whole series */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description this one, this and following, or the whole series
                         * @default this
                         * @enum {string}
                         */
                        scope?: "this" | "following" | "series";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/therapists/{therapistId}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret calendar feed URL for a therapist (earlier ones stop working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    therapistId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedRequestInput"] | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedLink"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Revoke a therapist’s feed URL */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    therapistId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret calendar feed URL for a client (earlier ones stop working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedLink"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Revoke a client’s feed URL */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An iCalendar feed (text/calendar) to subscribe to; the URL itself is the key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/fhir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s record as a FHIR R4 Bundle (application/fhir+json; clinicians) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FhirBundle"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/records/{clientId}/fhir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My record as a FHIR R4 Bundle, to take to another clinic or app (application/fhir+json) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FhirBundle"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinics/{clinicId}/clients/{clientId}/drawings/choir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s pain drawings in CHOIR body map regions, with intensities (clinicians) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clinicId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChoirDrawings"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        SourceInput: {
            ref: string;
            locator?: string;
            citation: string;
            /** @enum {string} */
            kind: "textbook" | "review" | "trial" | "guideline" | "study" | "popular";
            url?: string;
        };
        NamedRefInput: {
            id: string;
            name: string;
        };
        TriggerPointInput: {
            id: string;
            label: string;
            /** @enum {string} */
            side: "left" | "right";
            /** @description Where the trigger point lies, as a region id on `side` */
            region: string;
            location: {
                region: string;
                u?: number;
                v?: number;
                view?: string;
            };
            /** @description Region ids where it nearly always refers pain */
            essential: string[];
            /** @description Region ids where it sometimes refers pain */
            spillover: string[];
            symptoms: string[];
            howToFind: string;
            selfTreatment: {
                readonly tools: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                /** @description Target discomfort, 0–10 */
                pressure: number;
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
            };
            precautions: string[];
            sources: components["schemas"]["SourceInput"][];
        };
        MuscleInput: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            action: string;
            triggerPoints: components["schemas"]["TriggerPointInput"][];
            stretch: {
                name: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                holdSeconds: number;
                repetitions: number;
            };
            perpetuatingFactors: string[];
            precautions: string[];
            relatedMuscles: components["schemas"]["NamedRefInput"][];
            conditions: components["schemas"]["NamedRefInput"][];
            sources: components["schemas"]["SourceInput"][];
        };
        MuscleSummaryInput: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            triggerPoints: number;
        };
        ConditionInput: {
            id: string;
            name: string;
            aka: string[];
            /** @enum {string} */
            kind: "condition" | "caution";
            description: string;
            /** @description Region bases (side-less) where people feel it */
            regions: string[];
            /** @description Muscles to check, most likely first */
            muscles: components["schemas"]["NamedRefInput"][];
            evidence: {
                /** @enum {string} */
                level: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
                summary: string;
                sources: components["schemas"]["SourceInput"][];
            };
            redFlags: string[];
            askYourDoctor: string[];
            sources: components["schemas"]["SourceInput"][];
        };
        ConditionSummaryInput: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "condition" | "caution";
            /** @enum {string} */
            evidenceLevel: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
            muscles: string[];
        };
        SetUpRequestInput: {
            name: string;
            email: string;
            password: string;
            clinicName?: string;
        };
        SignUpRequestInput: {
            name: string;
            email: string;
            password: string;
        };
        SignInRequestInput: {
            email: string;
            password: string;
            /** @description Two-factor code, for accounts that turned it on */
            code?: string;
        };
        ChangePasswordRequestInput: {
            currentPassword: string;
            newPassword: string;
        };
        TotpCodeInput: {
            code: string;
        };
        TotpSetupInput: {
            /** @description Base32; type it in if the QR code cannot be scanned */
            secret: string;
            uri: string;
        };
        PasswordConfirmationInput: {
            password: string;
        };
        AccountInput: {
            user: {
                id: string;
                email: string;
                name: string;
                /** @description The password was set by someone else: change it first */
                mustChangePassword: boolean;
                twoFactor: boolean;
                /** @description The account proved it receives mail at its address (needed for portal access and invitations) */
                emailVerified: boolean;
            };
            memberships: {
                clinicId: string;
                clinicName: string;
                /** @enum {string} */
                role: "owner" | "therapist" | "front-desk" | "client";
            }[];
            /** @description Send it back in the x-csrf-token header on every state-changing request */
            csrfToken: string;
        };
        CheckEmailInput: {
            /** @constant */
            status: "check-email";
            message: string;
        };
        EmailLinkTokenInput: {
            token: string;
        };
        UseEmailLinkInput: {
            token: string;
            /** @description What `needs` in the link info asks for */
            password?: string;
            code?: string;
        };
        EmailLinkInfoInput: {
            /** @enum {string} */
            purpose: "signup" | "verify" | "invitation" | "sign-in";
            email: string;
            clinicName: string | null;
            role: string | null;
            /**
             * @description signup-password: the one chosen at sign-up; new-password: choose one (replaces any, signs every device out); password: the account’s; nothing: signed in as the account
             * @enum {string}
             */
            needs: "signup-password" | "new-password" | "password" | "nothing";
            twoFactor: boolean;
        };
        EmailOnlyInput: {
            email: string;
        };
        ReceivedInvitationInput: {
            id: string;
            clinicId: string;
            clinicName: string;
            /** @enum {string} */
            role: "owner" | "therapist" | "front-desk";
            invitedAt: string;
            expiresAt: string;
        };
        RoomInput: {
            id: string;
            name: string;
            archived: boolean;
        };
        AppointmentTypeInput: {
            id: string;
            name: string;
            durationMinutes: number;
            bufferMinutes: number;
            archived: boolean;
        };
        WorkingHoursInput: {
            therapistId: string;
            timeZone: string;
            readonly weekly: {
                weekday: number;
                start: string;
                end: string;
            }[];
            readonly exceptions: {
                date: string;
                readonly windows: {
                    start: string;
                    end: string;
                }[];
            }[];
            readonly timeOff: {
                startUtc: string;
                endUtc: string;
            }[];
        };
        AppointmentInput: {
            id: string;
            seriesId: string | null;
            occurrenceIndex: number | null;
            therapistId: string;
            therapistName: string;
            clientId: string;
            clientName: string;
            typeId: string;
            typeName: string;
            roomId: string | null;
            roomName: string | null;
            startUtc: string;
            endUtc: string;
            localStart: string;
            timeZone: string;
            /** @enum {string} */
            status: "booked" | "requested" | "cancelled";
            note: string | null;
            repeat: string | null;
        };
        ClashInput: {
            index: number;
            startUtc: string;
            endUtc: string;
            localStart: string;
            /** @enum {string} */
            reason: "therapist-busy" | "room-busy" | "outside-working-hours" | "time-off";
            withAppointmentId: string | null;
            message: string;
        };
        BookingCheckInput: {
            occurrences: {
                index: number;
                startUtc: string;
                endUtc: string;
                localStart: string;
                clash: boolean;
            }[];
            clashes: components["schemas"]["ClashInput"][];
        };
        BookingResultInput: {
            seriesId: string | null;
            repeat: string | null;
            booked: components["schemas"]["AppointmentInput"][];
            skipped: components["schemas"]["ClashInput"][];
        };
        FeedRequestInput: {
            /**
             * @description How the feed names clients: `initials` ("Visit: A. B.", the default) or `full` (name and visit type). The URL goes to a third-party calendar service, so full names are an explicit choice.
             * @default initials
             * @enum {string}
             */
            clientNames: "initials" | "full";
        };
        FeedLinkInput: {
            /** @description Subscribe to this URL (keep it secret); renewing replaces it */
            path: string;
            createdAt: string;
        };
        HomeProgramInput: {
            id: string;
            title: string;
            items: {
                /** @enum {string} */
                kind: "trigger-point" | "stretch";
                triggerPoint?: string;
                muscle?: string;
                /** @enum {string} */
                side: "left" | "right";
                label: string;
            }[];
            daysPerWeek: number;
            weeks: number;
            startDate: string;
            notes: string;
            therapistName: string;
            createdAt: string;
            endedAt: string | null;
            adherence: {
                due: number;
                done: number;
                rate: number | null;
                weeks: {
                    week: number;
                    from: string;
                    due: number;
                    done: number;
                }[];
                painBefore: number | null;
                painAfter: number | null;
                dueToday: boolean;
                doneToday: boolean;
                nextDue: string | null;
                finished: boolean;
            };
            logs: {
                id: string;
                doneOn: string;
                painBefore: number | null;
                painAfter: number | null;
                note: string | null;
            }[];
        };
        OutcomeEntryViewInput: {
            id: string;
            entry: {
                /** @constant */
                kind: "diary";
                date: string;
                time?: string;
                pain: number;
                painDrawing?: {
                    /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                    regions: unknown;
                    symptoms?: string[];
                    note?: string;
                };
                stiffness?: number;
                stress?: number;
                sleep?: number;
                note?: string;
            } | {
                /** @constant */
                kind: "session";
                date: string;
                sessionId?: string;
                painBefore?: number;
                painAfter?: number;
                sorenessNextDay?: number;
                note?: string;
            };
            createdAt: string;
        };
        OutcomeTrendInput: {
            scale: string;
            days: {
                date: string;
                value: number | null;
                readings: number;
                session: {
                    painBefore: number | null;
                    painAfter: number | null;
                    sorenessNextDay: number | null;
                } | null;
            }[];
            firstWindow: {
                from: string;
                to: string;
                mean: number | null;
                daysWithReadings: number;
            } | null;
            lastWindow: {
                from: string;
                to: string;
                mean: number | null;
                daysWithReadings: number;
            } | null;
            windowChange: number | null;
            /** @description For pain: the change between the first and last weeks judged against the cited threshold */
            assessment: {
                measure: string;
                baseline: number;
                current: number;
                change: number;
                percentChange: number | null;
                /** @enum {string} */
                direction: "better" | "worse" | "same";
                important: boolean;
                notableWorsening: boolean;
                threshold: {
                    value: number;
                    unit: string;
                    scale: string;
                    orPercent?: number;
                    source: {
                        ref: string;
                        locator?: string;
                    };
                    readonly alsoSee: {
                        ref: string;
                        locator?: string;
                    }[];
                    evidence: string;
                };
            } | null;
            reason?: string;
        };
        QuestionnaireOverviewInput: {
            nextVisitNumber: number;
            schedules: {
                id: string;
                /** @enum {string} */
                instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                instrumentName: string;
                rule: {
                    [key: string]: unknown;
                };
                due: boolean;
                createdAt: string;
            }[];
            responses: {
                id: string;
                /** @enum {string} */
                instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                instrumentName: string;
                completedOn: string;
                visitNumber: number;
                score: {
                    ok: boolean;
                    score?: number;
                    percent?: number;
                    answered: number;
                    missing: number;
                    reason?: string;
                };
            }[];
            changes: {
                /** @enum {string} */
                instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                from: string;
                to: string;
                assessment: {
                    measure: string;
                    baseline: number;
                    current: number;
                    change: number;
                    percentChange: number | null;
                    /** @enum {string} */
                    direction: "better" | "worse" | "same";
                    important: boolean;
                    notableWorsening: boolean;
                    threshold: {
                        value: number;
                        unit: string;
                        scale: string;
                        orPercent?: number;
                        source: {
                            ref: string;
                            locator?: string;
                        };
                        readonly alsoSee: {
                            ref: string;
                            locator?: string;
                        }[];
                        evidence: string;
                    };
                };
            }[];
        };
        ScreeningRequestInput: {
            /** @description Answers keyed by question id (see /api/screening/questions) */
            answers: {
                [key: string]: boolean | string | string[] | number;
            };
            /**
             * @description Medicines as written, one per entry
             * @default []
             */
            medications: string[];
            /** @description What a medicine Myomap did not recognise is for, by its line as entered ("What is it for?") */
            medicationPurposes?: {
                [key: string]: "blood-thinning" | "pain" | "steroid" | "cancer" | "other" | "not-sure";
            };
            /** @description Where the person wants to treat (region ids) */
            regions?: string[];
        };
        ScreeningModificationInput: {
            /** @enum {string} */
            type: "light-pressure" | "moderate-pressure" | "avoid-regions" | "avoid-area" | "avoid-muscles" | "no-position" | "no-heat" | "check-skin" | "rise-slowly";
            regions?: string[];
            area?: string;
            /** @description avoid-muscles: atlas muscle ids */
            muscles?: string[];
            position?: string;
            reason?: string;
            /** @description Pressure limits: the rule that set it */
            rule?: string;
            /** @description Pressure limits: why, in a few words, shown on each step it limits */
            why?: string;
        };
        ScreeningDecisionInput: {
            /** @enum {string} */
            outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
            reasons: {
                rule: string;
                /** @enum {string} */
                outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
                reason: string;
                advice: string;
                sources: {
                    ref: string;
                    locator?: string;
                }[];
            }[];
            modifications: components["schemas"]["ScreeningModificationInput"][];
            medications: {
                input: string;
                name: string;
                matchedAs: string;
                approximate: boolean;
                topical: boolean;
                classes: {
                    id: string;
                    label: string;
                    /** @description WHO ATC codes */
                    readonly atc: string[];
                }[];
            }[];
            unrecognisedMedications: string[];
            /** @description What each unrecognised medicine is for, as the person said (rulesets from 2026.12) */
            medicationPurposes?: {
                [key: string]: string;
            };
            treatmentRegions: {
                region: string;
                /** @enum {string} */
                limit: "avoid" | "light" | "moderate" | "none";
            }[];
            rulesetVersion: string;
        };
        ScreeningQuestionsInput: {
            rulesetVersion: string;
            readonly sections: {
                id: string;
                order: number;
                title: string;
                intro: string;
            }[];
            readonly questions: {
                id: string;
                section: string;
                order: number;
                /** @enum {string} */
                type: "yes-no" | "choice" | "regions" | "number";
                text: string;
                help?: string;
                showIf?: {
                    yes: string;
                };
                required?: boolean;
                readonly options?: {
                    id: string;
                    label: string;
                }[];
                multiple?: boolean;
                min?: number;
                max?: number;
                unit?: string;
                integer?: boolean;
            }[];
        };
        ClientInputInput: {
            name: string;
            email?: unknown;
            phone?: string | null;
            dateOfBirth?: string | null;
            emergencyContact?: {
                name?: string | null;
                phone?: string | null;
            };
            therapistId?: string | null;
        };
        ClientUpdateInput: {
            name?: string;
            email?: unknown;
            phone?: string | null;
            dateOfBirth?: string | null;
            emergencyContact?: {
                name?: string | null;
                phone?: string | null;
            };
            therapistId?: string | null;
        };
        ClientProfileInput: {
            id: string;
            name: string;
            email: string | null;
            phone: string | null;
            dateOfBirth: string | null;
            emergencyContact: {
                name: string | null;
                phone: string | null;
            };
            therapistId: string | null;
            hasPortalAccount: boolean;
            createdAt: string;
            updatedAt: string;
            erasedAt: string | null;
            /** @description After erasure: the records kept by law are kept until this date */
            retainedUntil: string | null;
        };
        MedicationsInput: {
            medications: string[];
        };
        ClientScreeningInput: {
            id: string;
            recordedAt: string;
            /** @enum {string} */
            source: "clinic" | "portal";
            /** @enum {string} */
            outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
            rulesetVersion: string;
            input: {
                answers: {
                    [key: string]: boolean | string | string[] | number;
                };
                medications: string[];
                medicationPurposes?: {
                    [key: string]: string;
                };
                regions: string[];
            };
            result: components["schemas"]["ScreeningDecisionInput"];
        };
        ScreeningChangesInput: {
            outcome: {
                before: string;
                after: string;
            } | null;
            answers: {
                question: string;
                text: string;
                before: string;
                after: string;
            }[];
            medicationsAdded: string[];
            medicationsRemoved: string[];
            newReasons: string[];
            resolvedReasons: string[];
        };
        RecordedScreeningInput: {
            screening: components["schemas"]["ClientScreeningInput"];
            changes: components["schemas"]["ScreeningChangesInput"] | null;
        };
        ClientDrawingInput: {
            id: string;
            recordedAt: string;
            /** @enum {string} */
            source: "clinic" | "portal";
            drawing: {
                /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                regions: unknown;
                symptoms?: string[];
                note?: string;
            };
        };
        ConsentStatusInput: {
            formId: string;
            kind: string;
            version: number;
            title: string;
            body: string;
            /** @description When this exact version was signed; null: to be signed */
            signedAt: string | null;
            /** @description An older version was signed: the text changed since */
            signedEarlierVersion: number | null;
        };
        ConsentSignatureInput: {
            formId: string;
            signedName: string;
        };
        TimelineEntryInput: {
            /** @enum {string} */
            kind: "screening" | "drawing" | "note" | "addendum" | "consent";
            id: string;
            at: string;
            title: string;
            detail: string;
            noteId: string | null;
        };
        SessionNoteInput: {
            id: string;
            clientId: string;
            therapistId: string;
            therapistName: string;
            sessionDate: string;
            /** @enum {string} */
            status: "draft" | "signed";
            content: {
                sessionDate: string;
                /** @default  */
                subjective: string;
                /** @default  */
                objective: string;
                /** @default  */
                assessment: string;
                /** @default  */
                plan: string;
                drawing?: {
                    /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
                    regions: unknown;
                    symptoms?: string[];
                    note?: string;
                };
                /** @default [] */
                treatedPoints: {
                    triggerPoint: string;
                    /** @enum {string} */
                    side: "left" | "right";
                    /** @enum {string} */
                    technique: "sustained-compression" | "stripping" | "stretch" | "heat" | "other";
                    durationSeconds?: number;
                    /** @default false */
                    localTwitch: boolean;
                    /** @default false */
                    referralReproduced: boolean;
                }[];
                painBefore?: number;
                painAfter?: number;
                durationMinutes?: number;
            };
            summary: string;
            createdAt: string;
            updatedAt: string;
            signedAt: string | null;
            addenda: {
                id: string;
                authorId: string;
                authorName: string;
                body: string;
                createdAt: string;
            }[];
        };
        AddendumInputInput: {
            body: string;
        };
        ClientRecordInput: {
            profile: components["schemas"]["ClientProfileInput"];
            medications: string[];
            consents: components["schemas"]["ConsentStatusInput"][];
            latestScreening: components["schemas"]["ClientScreeningInput"] | null;
            changesSinceLastScreening: components["schemas"]["ScreeningChangesInput"] | null;
            timeline: components["schemas"]["TimelineEntryInput"][];
        };
        PortalAccessInput: {
            email: string;
            /** @description For a new account: give it to the client; they must change it at first sign-in. Shown once. */
            oneTimePassword: string | null;
            /** @description The address has an account that never proved it: access starts once its holder uses the link emailed to it */
            pending: boolean;
        };
        ClientExportInput: {
            /** @constant */
            format: "myomap.client-export.v1";
            exportedAt: string;
            clinic: {
                id: string;
                name: string;
            };
            client: {
                id: string;
                name: string;
                email: string | null;
                phone: string | null;
                dateOfBirth: string | null;
                emergencyContact: {
                    name: string | null;
                    phone: string | null;
                };
                therapistId: string | null;
                hasPortalAccount: boolean;
                createdAt: string;
                updatedAt: string;
                erasedAt: string | null;
                /** @description After erasure: the records kept by law are kept until this date */
                retainedUntil: string | null;
                medications: string[];
            };
            screenings: components["schemas"]["ClientScreeningInput"][];
            drawings: components["schemas"]["ClientDrawingInput"][];
            notes: components["schemas"]["SessionNoteInput"][];
            /** @description Every visit, cancelled ones included. */
            appointments: components["schemas"]["AppointmentInput"][];
            homePrograms: components["schemas"]["HomeProgramInput"][];
            /** @description The pain diary and session ratings. */
            diary: components["schemas"]["OutcomeEntryViewInput"][];
            questionnaires: {
                schedules: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    rule: {
                        [key: string]: unknown;
                    };
                    due: boolean;
                    createdAt: string;
                }[];
                responses: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    completedOn: string;
                    visitNumber: number;
                    score: {
                        ok: boolean;
                        score?: number;
                        percent?: number;
                        answered: number;
                        missing: number;
                        reason?: string;
                    };
                    /** @description As given, in the instrument’s shape. */
                    answers: unknown;
                }[];
            };
            consents: components["schemas"]["ConsentStatusInput"][];
            consentSignatures: {
                formId: string;
                title: string;
                version: number;
                signedName: string;
                method: string;
                signedAt: string;
            }[];
            accessLog: {
                at: string;
                actorId: string | null;
                /** @description The role the actor holds in the clinic now (null: none). */
                role: ("owner" | "therapist" | "front-desk" | "client") | null;
                action: string;
                outcome: string;
                origin: string | null;
            }[];
            retention: {
                erasedAt: string | null;
                retainedUntil: string | null;
                note: string | null;
            };
        };
        PortalExportInput: {
            /** @constant */
            format: "myomap.client-export.v1";
            exportedAt: string;
            clinic: {
                id: string;
                name: string;
            };
            client: {
                id: string;
                name: string;
                email: string | null;
                phone: string | null;
                dateOfBirth: string | null;
                emergencyContact: {
                    name: string | null;
                    phone: string | null;
                };
                therapistId: string | null;
                hasPortalAccount: boolean;
                createdAt: string;
                updatedAt: string;
                erasedAt: string | null;
                /** @description After erasure: the records kept by law are kept until this date */
                retainedUntil: string | null;
                medications: string[];
            };
            screenings: components["schemas"]["ClientScreeningInput"][];
            drawings: components["schemas"]["ClientDrawingInput"][];
            notes: components["schemas"]["SessionNoteInput"][];
            /** @description Every visit, cancelled ones included. */
            appointments: components["schemas"]["AppointmentInput"][];
            homePrograms: components["schemas"]["HomeProgramInput"][];
            /** @description The pain diary and session ratings. */
            diary: components["schemas"]["OutcomeEntryViewInput"][];
            questionnaires: {
                schedules: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    rule: {
                        [key: string]: unknown;
                    };
                    due: boolean;
                    createdAt: string;
                }[];
                responses: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    completedOn: string;
                    visitNumber: number;
                    score: {
                        ok: boolean;
                        score?: number;
                        percent?: number;
                        answered: number;
                        missing: number;
                        reason?: string;
                    };
                    /** @description As given, in the instrument’s shape. */
                    answers: unknown;
                }[];
            };
            consents: components["schemas"]["ConsentStatusInput"][];
            consentSignatures: {
                formId: string;
                title: string;
                version: number;
                signedName: string;
                method: string;
                signedAt: string;
            }[];
            accessLog: {
                at: string;
                /** @description The role of whoever acted (null: no one now at the clinic). */
                role: ("owner" | "therapist" | "front-desk" | "client") | null;
                action: string;
            }[];
            retention: {
                erasedAt: string | null;
                retainedUntil: string | null;
                note: string | null;
            };
        };
        ClinicCreateInput: {
            name: string;
        };
        ClinicSettingsInput: {
            id: string;
            name: string;
            therapistsSeeOwnClientsOnly: boolean;
            retentionYears: number;
            /** @description IANA time zone the clinic books in */
            timeZone: string;
            /** @description Reminder emails this many hours before a visit; 0 = off */
            reminderHours: number;
            /** @description Clients may move or cancel in the portal up to this many hours before */
            clientChangeHours: number;
            /** @description Clients may request visits in the portal */
            clientRequests: boolean;
        };
        ClinicSettingsUpdateInput: {
            name?: string;
            therapistsSeeOwnClientsOnly?: boolean;
            retentionYears?: number;
            timeZone?: string;
            reminderHours?: number;
            clientChangeHours?: number;
            clientRequests?: boolean;
        };
        MemberInput: {
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "therapist" | "front-desk" | "client";
            since: string;
        };
        StaffInvitationInput: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "therapist" | "front-desk";
            invitedAt: string;
            expiresAt: string;
        };
        ConsentFormInput: {
            id: string;
            kind: string;
            version: number;
            title: string;
            body: string;
            publishedAt: string;
        };
        AuditEntryInput: {
            id: string;
            at: string;
            actorId: string | null;
            actorName: string | null;
            origin: string | null;
            action: string;
            subjectType: string;
            subjectId: string | null;
            outcome: string;
            /** @description How many identical refusals within a minute this entry stands for (1 for everything else) */
            count: number;
        };
        PortalRecordLinkInput: {
            clientId: string;
            clinicId: string;
            clinicName: string;
            name: string;
        };
        PortalRecordInput: {
            clinic: {
                id: string;
                name: string;
            };
            profile: components["schemas"]["ClientProfileInput"];
            medications: string[];
            consents: components["schemas"]["ConsentStatusInput"][];
            latestScreening: components["schemas"]["ClientScreeningInput"] | null;
            notes: components["schemas"]["SessionNoteInput"][];
            timeline: components["schemas"]["TimelineEntryInput"][];
        };
        /** @description A FHIR R4 (4.0.1) Bundle of type collection, served as application/fhir+json: Patient, Observation, QuestionnaireResponse, Procedure, Appointment, MedicationStatement, Consent and Provenance resources */
        FhirBundleInput: {
            /** @constant */
            resourceType: "Bundle";
            id: string;
            /** @constant */
            type: "collection";
            timestamp: string;
            entry: {
                /** @description urn:uuid:<resource id> */
                fullUrl: string;
                resource: {
                    resourceType: string;
                    id: string;
                } & {
                    [key: string]: unknown;
                };
            }[];
        } & {
            [key: string]: unknown;
        };
        ChoirDrawingsInput: {
            bodyMap: {
                name: string;
                regions: number;
                attribution: string;
                /** @description Publications using these data must cite it */
                citation: string;
            };
            clientId: string;
            drawings: {
                /** @description The pain drawing, diary entry or signed session note */
                id: string;
                recordedAt: string;
                /** @enum {string} */
                source: "clinic" | "portal" | "diary" | "session-note";
                areas: {
                    /** @description CHOIR region: f01–f36 on the front figure, b01–b38 on the back */
                    key: string;
                    title: string;
                    /** @enum {string} */
                    figure: "front" | "back";
                    /** @description The strongest intensity (1–10) drawn in this CHOIR region */
                    intensity: number;
                    /** @description The Myomap regions drawn that fall in this CHOIR region */
                    regions: string[];
                }[];
            }[];
        };
        OutboxEntryInput: {
            id: string;
            to: string;
            subject: string;
            /** @description What the message is about, e.g. appointment:<id>:reminder:client */
            reference: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "cancelled";
            attempts: number;
            /** @description The last delivery error (SMTP reply or network error) */
            lastError: string | null;
            /** @description Due time (UTC); after a failure, when the next attempt is due */
            sendAfter: string;
            sentAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        FinderRequestInput: {
            /** @description Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since (split into finer ones) counts as each of its children */
            regions: unknown;
            symptoms?: string[];
            note?: string;
            /**
             * @description Only consider trigger points on this side
             * @enum {string}
             */
            side?: "left" | "right";
            /** @description How many results (default 10) */
            top?: number;
        };
        RedFlagInput: {
            id: string;
            /** @enum {string} */
            urgency: "urgent" | "refer";
            title: string;
            advice: string;
            because: string[];
        };
        FinderResponseInput: {
            results: {
                muscle: string;
                name: string;
                score: number;
                triggerPoints: string[];
                explains: string[];
                essential: string[];
                spillover: string[];
                sides: ("left" | "right")[];
                symptoms: string[];
                reason: string;
            }[];
            /** @description The smallest set of muscles that explains every explainable marked region */
            cover: string[];
            /** @description Marked regions no trigger point refers to */
            unexplained: string[];
            /** @description Regions to ask about next to separate the leading candidates */
            ask: string[];
            redFlags: components["schemas"]["RedFlagInput"][];
        };
        PlanRequestInput: {
            /** @description Highest ranked first; the plan keeps the first that fit */
            triggerPoints: {
                /** @description Atlas trigger point id, e.g. upper-trapezius.tp1 */
                id: string;
                /** @enum {string} */
                side: "left" | "right";
            }[];
            /** @description Time available in seconds (default 1200) */
            budgetSeconds?: number;
            /** @enum {string} */
            mode?: "self-care" | "therapist";
            tools?: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
            /** @enum {string} */
            intensity?: "gentle" | "moderate" | "firm";
            /** @description Limits of your own; added to those of `screening`, never loosening them */
            modifications?: {
                /** @description Light pressure (3/10 at most) everywhere */
                lightPressure?: boolean;
                /** @description Caps with their scope: each step keeps to the strictest that covers it */
                pressureLimits?: {
                    max: number;
                    regions?: string[];
                    reason: string;
                    rule?: string;
                }[];
                avoidRegions?: string[];
                avoidMuscles?: {
                    muscle: string;
                    reason: string;
                }[];
                noPositions?: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
                noHeat?: boolean;
                noHeatRegions?: string[];
            };
            /** @description The decision exactly as POST /api/screening/evaluate returns it: its limits reach every step they concern; urgent, refer and postpone refuse a plan (422) */
            screening?: components["schemas"]["ScreeningDecisionInput"];
        };
        SessionPlanInput: {
            steps: {
                id: string;
                /** @enum {string} */
                kind: "warm-up" | "compression" | "stripping" | "stretch" | "transition" | "after-care";
                title: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                seconds: number;
                triggerPoint?: string;
                muscle?: string;
                /** @enum {string} */
                side?: "left" | "right";
                region?: string;
                pressure?: number;
                /** @description The strictest pressure limit covering this step, and the rule that set it */
                limit?: {
                    max: number;
                    reason: string;
                    rule?: string;
                };
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
                instructions: string[];
                /** @enum {string} */
                tool?: "hands" | "ball" | "foam-roller" | "hooked-cane";
            }[];
            totalSeconds: number;
            budgetSeconds: number;
            positions: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
            positionChanges: number;
            leftOut: {
                triggerPoint: string;
                /** @enum {string} */
                side: "left" | "right";
                reason: string;
            }[];
            pressureCap: number;
        };
        RegionInput: {
            id: string;
            label: string;
            anatomicalLabel: string;
            /** @enum {string} */
            side: "left" | "right" | "midline";
            /** @enum {string} */
            area: "head" | "neck" | "shoulder" | "arm" | "elbow" | "forearm" | "wrist" | "hand" | "chest" | "abdomen" | "upper back" | "lower back" | "pelvis" | "hip" | "thigh" | "knee" | "leg" | "ankle" | "foot";
            views: ("front" | "back" | "left" | "right" | "head-front" | "head-side" | "head-back" | "hand-palm" | "hand-back" | "foot-sole" | "foot-top")[];
            neighbours: string[];
            /** @description SNOMED CT body structure concept id */
            snomed?: string;
            /** @description CHOIR body map region keys (f01–f36, b01–b38) */
            choir: string[];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        Source: {
            ref: string;
            locator?: string;
            citation: string;
            /** @enum {string} */
            kind: "textbook" | "review" | "trial" | "guideline" | "study" | "popular";
            url?: string;
        };
        NamedRef: {
            id: string;
            name: string;
        };
        TriggerPoint: {
            id: string;
            label: string;
            /** @enum {string} */
            side: "left" | "right";
            /** @description Where the trigger point lies, as a region id on `side` */
            region: string;
            location: {
                region: string;
                u?: number;
                v?: number;
                view?: string;
            };
            /** @description Region ids where it nearly always refers pain */
            essential: string[];
            /** @description Region ids where it sometimes refers pain */
            spillover: string[];
            symptoms: string[];
            howToFind: string;
            selfTreatment: {
                readonly tools: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                /** @description Target discomfort, 0–10 */
                pressure: number;
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
            };
            precautions: string[];
            sources: components["schemas"]["Source"][];
        };
        Muscle: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            action: string;
            triggerPoints: components["schemas"]["TriggerPoint"][];
            stretch: {
                name: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                holdSeconds: number;
                repetitions: number;
            };
            perpetuatingFactors: string[];
            precautions: string[];
            relatedMuscles: components["schemas"]["NamedRef"][];
            conditions: components["schemas"]["NamedRef"][];
            sources: components["schemas"]["Source"][];
        };
        MuscleSummary: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            triggerPoints: number;
        };
        Condition: {
            id: string;
            name: string;
            aka: string[];
            /** @enum {string} */
            kind: "condition" | "caution";
            description: string;
            /** @description Region bases (side-less) where people feel it */
            regions: string[];
            /** @description Muscles to check, most likely first */
            muscles: components["schemas"]["NamedRef"][];
            evidence: {
                /** @enum {string} */
                level: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
                summary: string;
                sources: components["schemas"]["Source"][];
            };
            redFlags: string[];
            askYourDoctor: string[];
            sources: components["schemas"]["Source"][];
        };
        ConditionSummary: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "condition" | "caution";
            /** @enum {string} */
            evidenceLevel: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
            muscles: string[];
        };
        SetUpRequest: {
            name: string;
            /** Format: email */
            email: string;
            password: string;
            clinicName?: string;
        };
        SignUpRequest: {
            name: string;
            /** Format: email */
            email: string;
            password: string;
        };
        SignInRequest: {
            /** Format: email */
            email: string;
            password: string;
            /** @description Two-factor code, for accounts that turned it on */
            code?: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        TotpCode: {
            code: string;
        };
        TotpSetup: {
            /** @description Base32; type it in if the QR code cannot be scanned */
            secret: string;
            uri: string;
        };
        PasswordConfirmation: {
            password: string;
        };
        Account: {
            user: {
                id: string;
                email: string;
                name: string;
                /** @description The password was set by someone else: change it first */
                mustChangePassword: boolean;
                twoFactor: boolean;
                /** @description The account proved it receives mail at its address (needed for portal access and invitations) */
                emailVerified: boolean;
            };
            memberships: {
                clinicId: string;
                clinicName: string;
                /** @enum {string} */
                role: "owner" | "therapist" | "front-desk" | "client";
            }[];
            /** @description Send it back in the x-csrf-token header on every state-changing request */
            csrfToken: string;
        };
        CheckEmail: {
            /** @constant */
            status: "check-email";
            message: string;
        };
        EmailLinkToken: {
            token: string;
        };
        UseEmailLink: {
            token: string;
            /** @description What `needs` in the link info asks for */
            password?: string;
            code?: string;
        };
        EmailLinkInfo: {
            /** @enum {string} */
            purpose: "signup" | "verify" | "invitation" | "sign-in";
            email: string;
            clinicName: string | null;
            role: string | null;
            /**
             * @description signup-password: the one chosen at sign-up; new-password: choose one (replaces any, signs every device out); password: the account’s; nothing: signed in as the account
             * @enum {string}
             */
            needs: "signup-password" | "new-password" | "password" | "nothing";
            twoFactor: boolean;
        };
        EmailOnly: {
            /** Format: email */
            email: string;
        };
        ReceivedInvitation: {
            id: string;
            clinicId: string;
            clinicName: string;
            /** @enum {string} */
            role: "owner" | "therapist" | "front-desk";
            invitedAt: string;
            expiresAt: string;
        };
        Room: {
            id: string;
            name: string;
            archived: boolean;
        };
        AppointmentType: {
            id: string;
            name: string;
            durationMinutes: number;
            bufferMinutes: number;
            archived: boolean;
        };
        WorkingHours: {
            therapistId: string;
            timeZone: string;
            readonly weekly: {
                weekday: number;
                start: string;
                end: string;
            }[];
            readonly exceptions: {
                date: string;
                readonly windows: {
                    start: string;
                    end: string;
                }[];
            }[];
            readonly timeOff: {
                startUtc: string;
                endUtc: string;
            }[];
        };
        Appointment: {
            id: string;
            seriesId: string | null;
            occurrenceIndex: number | null;
            therapistId: string;
            therapistName: string;
            clientId: string;
            clientName: string;
            typeId: string;
            typeName: string;
            roomId: string | null;
            roomName: string | null;
            startUtc: string;
            endUtc: string;
            localStart: string;
            timeZone: string;
            /** @enum {string} */
            status: "booked" | "requested" | "cancelled";
            note: string | null;
            repeat: string | null;
        };
        Clash: {
            index: number;
            startUtc: string;
            endUtc: string;
            localStart: string;
            /** @enum {string} */
            reason: "therapist-busy" | "room-busy" | "outside-working-hours" | "time-off";
            withAppointmentId: string | null;
            message: string;
        };
        BookingCheck: {
            occurrences: {
                index: number;
                startUtc: string;
                endUtc: string;
                localStart: string;
                clash: boolean;
            }[];
            clashes: components["schemas"]["Clash"][];
        };
        BookingResult: {
            seriesId: string | null;
            repeat: string | null;
            booked: components["schemas"]["Appointment"][];
            skipped: components["schemas"]["Clash"][];
        };
        FeedRequest: {
            /**
             * @description How the feed names clients: `initials` ("Visit: A. B.", the default) or `full` (name and visit type). The URL goes to a third-party calendar service, so full names are an explicit choice.
             * @default initials
             * @enum {string}
             */
            clientNames: "initials" | "full";
        };
        FeedLink: {
            /** @description Subscribe to this URL (keep it secret); renewing replaces it */
            path: string;
            createdAt: string;
        };
        HomeProgram: {
            id: string;
            title: string;
            items: {
                /** @enum {string} */
                kind: "trigger-point" | "stretch";
                triggerPoint?: string;
                muscle?: string;
                /** @enum {string} */
                side: "left" | "right";
                label: string;
            }[];
            daysPerWeek: number;
            weeks: number;
            startDate: string;
            notes: string;
            therapistName: string;
            createdAt: string;
            endedAt: string | null;
            adherence: {
                due: number;
                done: number;
                rate: number | null;
                weeks: {
                    week: number;
                    from: string;
                    due: number;
                    done: number;
                }[];
                painBefore: number | null;
                painAfter: number | null;
                dueToday: boolean;
                doneToday: boolean;
                nextDue: string | null;
                finished: boolean;
            };
            logs: {
                id: string;
                doneOn: string;
                painBefore: number | null;
                painAfter: number | null;
                note: string | null;
            }[];
        };
        OutcomeEntryView: {
            id: string;
            entry: {
                /** @constant */
                kind: "diary";
                date: string;
                time?: string;
                pain: number;
                painDrawing?: {
                    regions: {
                        region: string;
                        intensity: number;
                        qualities: ("aching" | "sharp" | "burning" | "tingling")[];
                    }[];
                    symptoms?: string[];
                    note?: string;
                };
                stiffness?: number;
                stress?: number;
                sleep?: number;
                note?: string;
            } | {
                /** @constant */
                kind: "session";
                date: string;
                sessionId?: string;
                painBefore?: number;
                painAfter?: number;
                sorenessNextDay?: number;
                note?: string;
            };
            createdAt: string;
        };
        OutcomeTrend: {
            scale: string;
            days: {
                date: string;
                value: number | null;
                readings: number;
                session: {
                    painBefore: number | null;
                    painAfter: number | null;
                    sorenessNextDay: number | null;
                } | null;
            }[];
            firstWindow: {
                from: string;
                to: string;
                mean: number | null;
                daysWithReadings: number;
            } | null;
            lastWindow: {
                from: string;
                to: string;
                mean: number | null;
                daysWithReadings: number;
            } | null;
            windowChange: number | null;
            /** @description For pain: the change between the first and last weeks judged against the cited threshold */
            assessment: {
                measure: string;
                baseline: number;
                current: number;
                change: number;
                percentChange: number | null;
                /** @enum {string} */
                direction: "better" | "worse" | "same";
                important: boolean;
                notableWorsening: boolean;
                threshold: {
                    value: number;
                    unit: string;
                    scale: string;
                    orPercent?: number;
                    source: {
                        ref: string;
                        locator?: string;
                    };
                    readonly alsoSee: {
                        ref: string;
                        locator?: string;
                    }[];
                    evidence: string;
                };
            } | null;
            reason?: string;
        };
        QuestionnaireOverview: {
            nextVisitNumber: number;
            schedules: {
                id: string;
                /** @enum {string} */
                instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                instrumentName: string;
                rule: {
                    [key: string]: unknown;
                };
                due: boolean;
                createdAt: string;
            }[];
            responses: {
                id: string;
                /** @enum {string} */
                instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                instrumentName: string;
                completedOn: string;
                visitNumber: number;
                score: {
                    ok: boolean;
                    score?: number;
                    percent?: number;
                    answered: number;
                    missing: number;
                    reason?: string;
                };
            }[];
            changes: {
                /** @enum {string} */
                instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                from: string;
                to: string;
                assessment: {
                    measure: string;
                    baseline: number;
                    current: number;
                    change: number;
                    percentChange: number | null;
                    /** @enum {string} */
                    direction: "better" | "worse" | "same";
                    important: boolean;
                    notableWorsening: boolean;
                    threshold: {
                        value: number;
                        unit: string;
                        scale: string;
                        orPercent?: number;
                        source: {
                            ref: string;
                            locator?: string;
                        };
                        readonly alsoSee: {
                            ref: string;
                            locator?: string;
                        }[];
                        evidence: string;
                    };
                };
            }[];
        };
        ScreeningRequest: {
            /** @description Answers keyed by question id (see /api/screening/questions) */
            answers: {
                [key: string]: boolean | string | string[] | number;
            };
            /**
             * @description Medicines as written, one per entry
             * @default []
             */
            medications: string[];
            /** @description What a medicine Myomap did not recognise is for, by its line as entered ("What is it for?") */
            medicationPurposes?: {
                [key: string]: "blood-thinning" | "pain" | "steroid" | "cancer" | "other" | "not-sure";
            };
            /** @description Where the person wants to treat (region ids) */
            regions?: string[];
        };
        ScreeningModification: {
            /** @enum {string} */
            type: "light-pressure" | "moderate-pressure" | "avoid-regions" | "avoid-area" | "avoid-muscles" | "no-position" | "no-heat" | "check-skin" | "rise-slowly";
            regions?: string[];
            area?: string;
            /** @description avoid-muscles: atlas muscle ids */
            muscles?: string[];
            position?: string;
            reason?: string;
            /** @description Pressure limits: the rule that set it */
            rule?: string;
            /** @description Pressure limits: why, in a few words, shown on each step it limits */
            why?: string;
        };
        ScreeningDecision: {
            /** @enum {string} */
            outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
            reasons: {
                rule: string;
                /** @enum {string} */
                outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
                reason: string;
                advice: string;
                sources: {
                    ref: string;
                    locator?: string;
                }[];
            }[];
            modifications: components["schemas"]["ScreeningModification"][];
            medications: {
                input: string;
                name: string;
                matchedAs: string;
                approximate: boolean;
                topical: boolean;
                classes: {
                    id: string;
                    label: string;
                    /** @description WHO ATC codes */
                    readonly atc: string[];
                }[];
            }[];
            unrecognisedMedications: string[];
            /** @description What each unrecognised medicine is for, as the person said (rulesets from 2026.12) */
            medicationPurposes?: {
                [key: string]: string;
            };
            treatmentRegions: {
                region: string;
                /** @enum {string} */
                limit: "avoid" | "light" | "moderate" | "none";
            }[];
            rulesetVersion: string;
        };
        ScreeningQuestions: {
            rulesetVersion: string;
            readonly sections: {
                id: string;
                order: number;
                title: string;
                intro: string;
            }[];
            readonly questions: {
                id: string;
                section: string;
                order: number;
                /** @enum {string} */
                type: "yes-no" | "choice" | "regions" | "number";
                text: string;
                help?: string;
                showIf?: {
                    yes: string;
                };
                required?: boolean;
                readonly options?: {
                    id: string;
                    label: string;
                }[];
                multiple?: boolean;
                min?: number;
                max?: number;
                unit?: string;
                integer?: boolean;
            }[];
        };
        ClientInput: {
            name: string;
            email?: unknown;
            phone?: string | null;
            dateOfBirth?: string | null;
            emergencyContact?: {
                name?: string | null;
                phone?: string | null;
            };
            therapistId?: string | null;
        };
        ClientUpdate: {
            name?: string;
            email?: unknown;
            phone?: string | null;
            dateOfBirth?: string | null;
            emergencyContact?: {
                name?: string | null;
                phone?: string | null;
            };
            therapistId?: string | null;
        };
        ClientProfile: {
            id: string;
            name: string;
            email: string | null;
            phone: string | null;
            dateOfBirth: string | null;
            emergencyContact: {
                name: string | null;
                phone: string | null;
            };
            therapistId: string | null;
            hasPortalAccount: boolean;
            createdAt: string;
            updatedAt: string;
            erasedAt: string | null;
            /** @description After erasure: the records kept by law are kept until this date */
            retainedUntil: string | null;
        };
        Medications: {
            medications: string[];
        };
        ClientScreening: {
            id: string;
            recordedAt: string;
            /** @enum {string} */
            source: "clinic" | "portal";
            /** @enum {string} */
            outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
            rulesetVersion: string;
            input: {
                answers: {
                    [key: string]: boolean | string | string[] | number;
                };
                medications: string[];
                medicationPurposes?: {
                    [key: string]: string;
                };
                regions: string[];
            };
            result: components["schemas"]["ScreeningDecision"];
        };
        ScreeningChanges: {
            outcome: {
                before: string;
                after: string;
            } | null;
            answers: {
                question: string;
                text: string;
                before: string;
                after: string;
            }[];
            medicationsAdded: string[];
            medicationsRemoved: string[];
            newReasons: string[];
            resolvedReasons: string[];
        };
        RecordedScreening: {
            screening: components["schemas"]["ClientScreening"];
            changes: components["schemas"]["ScreeningChanges"] | null;
        };
        ClientDrawing: {
            id: string;
            recordedAt: string;
            /** @enum {string} */
            source: "clinic" | "portal";
            drawing: {
                regions: {
                    region: string;
                    intensity: number;
                    qualities: ("aching" | "sharp" | "burning" | "tingling")[];
                }[];
                symptoms?: string[];
                note?: string;
            };
        };
        ConsentStatus: {
            formId: string;
            kind: string;
            version: number;
            title: string;
            body: string;
            /** @description When this exact version was signed; null: to be signed */
            signedAt: string | null;
            /** @description An older version was signed: the text changed since */
            signedEarlierVersion: number | null;
        };
        ConsentSignature: {
            formId: string;
            signedName: string;
        };
        TimelineEntry: {
            /** @enum {string} */
            kind: "screening" | "drawing" | "note" | "addendum" | "consent";
            id: string;
            at: string;
            title: string;
            detail: string;
            noteId: string | null;
        };
        SessionNote: {
            id: string;
            clientId: string;
            therapistId: string;
            therapistName: string;
            sessionDate: string;
            /** @enum {string} */
            status: "draft" | "signed";
            content: {
                sessionDate: string;
                /** @default  */
                subjective: string;
                /** @default  */
                objective: string;
                /** @default  */
                assessment: string;
                /** @default  */
                plan: string;
                /**
                 * @default {
                 *       "regions": []
                 *     }
                 */
                drawing: {
                    regions: {
                        region: string;
                        intensity: number;
                        qualities: ("aching" | "sharp" | "burning" | "tingling")[];
                    }[];
                    symptoms?: string[];
                    note?: string;
                };
                /** @default [] */
                treatedPoints: {
                    triggerPoint: string;
                    /** @enum {string} */
                    side: "left" | "right";
                    /** @enum {string} */
                    technique: "sustained-compression" | "stripping" | "stretch" | "heat" | "other";
                    durationSeconds?: number;
                    /** @default false */
                    localTwitch: boolean;
                    /** @default false */
                    referralReproduced: boolean;
                }[];
                painBefore?: number;
                painAfter?: number;
                durationMinutes?: number;
            };
            summary: string;
            createdAt: string;
            updatedAt: string;
            signedAt: string | null;
            addenda: {
                id: string;
                authorId: string;
                authorName: string;
                body: string;
                createdAt: string;
            }[];
        };
        AddendumInput: {
            body: string;
        };
        ClientRecord: {
            profile: components["schemas"]["ClientProfile"];
            medications: string[];
            consents: components["schemas"]["ConsentStatus"][];
            latestScreening: components["schemas"]["ClientScreening"] | null;
            changesSinceLastScreening: components["schemas"]["ScreeningChanges"] | null;
            timeline: components["schemas"]["TimelineEntry"][];
        };
        PortalAccess: {
            email: string;
            /** @description For a new account: give it to the client; they must change it at first sign-in. Shown once. */
            oneTimePassword: string | null;
            /** @description The address has an account that never proved it: access starts once its holder uses the link emailed to it */
            pending: boolean;
        };
        ClientExport: {
            /** @constant */
            format: "myomap.client-export.v1";
            exportedAt: string;
            clinic: {
                id: string;
                name: string;
            };
            client: {
                id: string;
                name: string;
                email: string | null;
                phone: string | null;
                dateOfBirth: string | null;
                emergencyContact: {
                    name: string | null;
                    phone: string | null;
                };
                therapistId: string | null;
                hasPortalAccount: boolean;
                createdAt: string;
                updatedAt: string;
                erasedAt: string | null;
                /** @description After erasure: the records kept by law are kept until this date */
                retainedUntil: string | null;
                medications: string[];
            };
            screenings: components["schemas"]["ClientScreening"][];
            drawings: components["schemas"]["ClientDrawing"][];
            notes: components["schemas"]["SessionNote"][];
            /** @description Every visit, cancelled ones included. */
            appointments: components["schemas"]["Appointment"][];
            homePrograms: components["schemas"]["HomeProgram"][];
            /** @description The pain diary and session ratings. */
            diary: components["schemas"]["OutcomeEntryView"][];
            questionnaires: {
                schedules: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    rule: {
                        [key: string]: unknown;
                    };
                    due: boolean;
                    createdAt: string;
                }[];
                responses: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    completedOn: string;
                    visitNumber: number;
                    score: {
                        ok: boolean;
                        score?: number;
                        percent?: number;
                        answered: number;
                        missing: number;
                        reason?: string;
                    };
                    /** @description As given, in the instrument’s shape. */
                    answers: unknown;
                }[];
            };
            consents: components["schemas"]["ConsentStatus"][];
            consentSignatures: {
                formId: string;
                title: string;
                version: number;
                signedName: string;
                method: string;
                signedAt: string;
            }[];
            accessLog: {
                at: string;
                actorId: string | null;
                /** @description The role the actor holds in the clinic now (null: none). */
                role: ("owner" | "therapist" | "front-desk" | "client") | null;
                action: string;
                outcome: string;
                origin: string | null;
            }[];
            retention: {
                erasedAt: string | null;
                retainedUntil: string | null;
                note: string | null;
            };
        };
        PortalExport: {
            /** @constant */
            format: "myomap.client-export.v1";
            exportedAt: string;
            clinic: {
                id: string;
                name: string;
            };
            client: {
                id: string;
                name: string;
                email: string | null;
                phone: string | null;
                dateOfBirth: string | null;
                emergencyContact: {
                    name: string | null;
                    phone: string | null;
                };
                therapistId: string | null;
                hasPortalAccount: boolean;
                createdAt: string;
                updatedAt: string;
                erasedAt: string | null;
                /** @description After erasure: the records kept by law are kept until this date */
                retainedUntil: string | null;
                medications: string[];
            };
            screenings: components["schemas"]["ClientScreening"][];
            drawings: components["schemas"]["ClientDrawing"][];
            notes: components["schemas"]["SessionNote"][];
            /** @description Every visit, cancelled ones included. */
            appointments: components["schemas"]["Appointment"][];
            homePrograms: components["schemas"]["HomeProgram"][];
            /** @description The pain diary and session ratings. */
            diary: components["schemas"]["OutcomeEntryView"][];
            questionnaires: {
                schedules: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    rule: {
                        [key: string]: unknown;
                    };
                    due: boolean;
                    createdAt: string;
                }[];
                responses: {
                    id: string;
                    /** @enum {string} */
                    instrument: "nrs-pain" | "psfs" | "ndi" | "odi" | "rmdq";
                    instrumentName: string;
                    completedOn: string;
                    visitNumber: number;
                    score: {
                        ok: boolean;
                        score?: number;
                        percent?: number;
                        answered: number;
                        missing: number;
                        reason?: string;
                    };
                    /** @description As given, in the instrument’s shape. */
                    answers: unknown;
                }[];
            };
            consents: components["schemas"]["ConsentStatus"][];
            consentSignatures: {
                formId: string;
                title: string;
                version: number;
                signedName: string;
                method: string;
                signedAt: string;
            }[];
            accessLog: {
                at: string;
                /** @description The role of whoever acted (null: no one now at the clinic). */
                role: ("owner" | "therapist" | "front-desk" | "client") | null;
                action: string;
            }[];
            retention: {
                erasedAt: string | null;
                retainedUntil: string | null;
                note: string | null;
            };
        };
        ClinicCreate: {
            name: string;
        };
        ClinicSettings: {
            id: string;
            name: string;
            therapistsSeeOwnClientsOnly: boolean;
            retentionYears: number;
            /** @description IANA time zone the clinic books in */
            timeZone: string;
            /** @description Reminder emails this many hours before a visit; 0 = off */
            reminderHours: number;
            /** @description Clients may move or cancel in the portal up to this many hours before */
            clientChangeHours: number;
            /** @description Clients may request visits in the portal */
            clientRequests: boolean;
        };
        ClinicSettingsUpdate: {
            name?: string;
            therapistsSeeOwnClientsOnly?: boolean;
            retentionYears?: number;
            timeZone?: string;
            reminderHours?: number;
            clientChangeHours?: number;
            clientRequests?: boolean;
        };
        Member: {
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "therapist" | "front-desk" | "client";
            since: string;
        };
        StaffInvitation: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "therapist" | "front-desk";
            invitedAt: string;
            expiresAt: string;
        };
        ConsentForm: {
            id: string;
            kind: string;
            version: number;
            title: string;
            body: string;
            publishedAt: string;
        };
        AuditEntry: {
            id: string;
            at: string;
            actorId: string | null;
            actorName: string | null;
            origin: string | null;
            action: string;
            subjectType: string;
            subjectId: string | null;
            outcome: string;
            /** @description How many identical refusals within a minute this entry stands for (1 for everything else) */
            count: number;
        };
        PortalRecordLink: {
            clientId: string;
            clinicId: string;
            clinicName: string;
            name: string;
        };
        PortalRecord: {
            clinic: {
                id: string;
                name: string;
            };
            profile: components["schemas"]["ClientProfile"];
            medications: string[];
            consents: components["schemas"]["ConsentStatus"][];
            latestScreening: components["schemas"]["ClientScreening"] | null;
            notes: components["schemas"]["SessionNote"][];
            timeline: components["schemas"]["TimelineEntry"][];
        };
        /** @description A FHIR R4 (4.0.1) Bundle of type collection, served as application/fhir+json: Patient, Observation, QuestionnaireResponse, Procedure, Appointment, MedicationStatement, Consent and Provenance resources */
        FhirBundle: {
            /** @constant */
            resourceType: "Bundle";
            id: string;
            /** @constant */
            type: "collection";
            timestamp: string;
            entry: {
                /** @description urn:uuid:<resource id> */
                fullUrl: string;
                resource: {
                    resourceType: string;
                    id: string;
                } & {
                    [key: string]: unknown;
                };
            }[];
        } & {
            [key: string]: unknown;
        };
        ChoirDrawings: {
            bodyMap: {
                name: string;
                regions: number;
                attribution: string;
                /** @description Publications using these data must cite it */
                citation: string;
            };
            clientId: string;
            drawings: {
                /** @description The pain drawing, diary entry or signed session note */
                id: string;
                recordedAt: string;
                /** @enum {string} */
                source: "clinic" | "portal" | "diary" | "session-note";
                areas: {
                    /** @description CHOIR region: f01–f36 on the front figure, b01–b38 on the back */
                    key: string;
                    title: string;
                    /** @enum {string} */
                    figure: "front" | "back";
                    /** @description The strongest intensity (1–10) drawn in this CHOIR region */
                    intensity: number;
                    /** @description The Myomap regions drawn that fall in this CHOIR region */
                    regions: string[];
                }[];
            }[];
        };
        OutboxEntry: {
            id: string;
            to: string;
            subject: string;
            /** @description What the message is about, e.g. appointment:<id>:reminder:client */
            reference: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "cancelled";
            attempts: number;
            /** @description The last delivery error (SMTP reply or network error) */
            lastError: string | null;
            /** @description Due time (UTC); after a failure, when the next attempt is due */
            sendAfter: string;
            sentAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        FinderRequest: {
            regions: {
                region: string;
                intensity: number;
                qualities: ("aching" | "sharp" | "burning" | "tingling")[];
            }[];
            symptoms?: string[];
            note?: string;
            /**
             * @description Only consider trigger points on this side
             * @enum {string}
             */
            side?: "left" | "right";
            /** @description How many results (default 10) */
            top?: number;
        };
        RedFlag: {
            id: string;
            /** @enum {string} */
            urgency: "urgent" | "refer";
            title: string;
            advice: string;
            because: string[];
        };
        FinderResponse: {
            results: {
                muscle: string;
                name: string;
                score: number;
                triggerPoints: string[];
                explains: string[];
                essential: string[];
                spillover: string[];
                sides: ("left" | "right")[];
                symptoms: string[];
                reason: string;
            }[];
            /** @description The smallest set of muscles that explains every explainable marked region */
            cover: string[];
            /** @description Marked regions no trigger point refers to */
            unexplained: string[];
            /** @description Regions to ask about next to separate the leading candidates */
            ask: string[];
            redFlags: components["schemas"]["RedFlag"][];
        };
        PlanRequest: {
            /** @description Highest ranked first; the plan keeps the first that fit */
            triggerPoints: {
                /** @description Atlas trigger point id, e.g. upper-trapezius.tp1 */
                id: string;
                /** @enum {string} */
                side: "left" | "right";
            }[];
            /** @description Time available in seconds (default 1200) */
            budgetSeconds?: number;
            /** @enum {string} */
            mode?: "self-care" | "therapist";
            tools?: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
            /** @enum {string} */
            intensity?: "gentle" | "moderate" | "firm";
            /** @description Limits of your own; added to those of `screening`, never loosening them */
            modifications?: {
                /** @description Light pressure (3/10 at most) everywhere */
                lightPressure?: boolean;
                /** @description Caps with their scope: each step keeps to the strictest that covers it */
                pressureLimits?: {
                    max: number;
                    regions?: string[];
                    reason: string;
                    rule?: string;
                }[];
                avoidRegions?: string[];
                avoidMuscles?: {
                    muscle: string;
                    reason: string;
                }[];
                noPositions?: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
                noHeat?: boolean;
                noHeatRegions?: string[];
            };
            /** @description The decision exactly as POST /api/screening/evaluate returns it: its limits reach every step they concern; urgent, refer and postpone refuse a plan (422) */
            screening?: components["schemas"]["ScreeningDecision"];
        };
        SessionPlan: {
            steps: {
                id: string;
                /** @enum {string} */
                kind: "warm-up" | "compression" | "stripping" | "stretch" | "transition" | "after-care";
                title: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                seconds: number;
                triggerPoint?: string;
                muscle?: string;
                /** @enum {string} */
                side?: "left" | "right";
                region?: string;
                pressure?: number;
                /** @description The strictest pressure limit covering this step, and the rule that set it */
                limit?: {
                    max: number;
                    reason: string;
                    rule?: string;
                };
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
                instructions: string[];
                /** @enum {string} */
                tool?: "hands" | "ball" | "foam-roller" | "hooked-cane";
            }[];
            totalSeconds: number;
            budgetSeconds: number;
            positions: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
            positionChanges: number;
            leftOut: {
                triggerPoint: string;
                /** @enum {string} */
                side: "left" | "right";
                reason: string;
            }[];
            pressureCap: number;
        };
        Region: {
            id: string;
            label: string;
            anatomicalLabel: string;
            /** @enum {string} */
            side: "left" | "right" | "midline";
            /** @enum {string} */
            area: "head" | "neck" | "shoulder" | "arm" | "elbow" | "forearm" | "wrist" | "hand" | "chest" | "abdomen" | "upper back" | "lower back" | "pelvis" | "hip" | "thigh" | "knee" | "leg" | "ankle" | "foot";
            views: ("front" | "back" | "left" | "right" | "head-front" | "head-side" | "head-back" | "hand-palm" | "hand-back" | "foot-sole" | "foot-top")[];
            neighbours: string[];
            /** @description SNOMED CT body structure concept id */
            snomed?: string;
            /** @description CHOIR body map region keys (f01–f36, b01–b38) */
            choir: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
