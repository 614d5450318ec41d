from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "claim" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "client_claim_id" VARCHAR(64),
    "status" VARCHAR(20) NOT NULL /* SUBMITTED: SUBMITTED\nUNDER_REVIEW: UNDER_REVIEW\nSUPPLIER_REVIEW: SUPPLIER_REVIEW\nSUPPLIER_APPROVED: SUPPLIER_APPROVED\nSUPPLIER_REFUSED: SUPPLIER_REFUSED\nOUTCOME_PROPOSED: OUTCOME_PROPOSED\nACCEPTED: ACCEPTED\nCONTESTED: CONTESTED\nREFUNDED: REFUNDED\nCLOSED: CLOSED */,
    "reason" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "amount_requested" VARCHAR(40) NOT NULL,
    "approved_amount" VARCHAR(40),
    "supplier_reason" TEXT NOT NULL,
    "proposed_amount" VARCHAR(40),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "agent_id" INT REFERENCES "user" ("id") ON DELETE SET NULL /* The agent who took the claim (the last to review it). */,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE RESTRICT,
    "client_company_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "customer_id" INT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "provider_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "submitted_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "supplier_thread_id" INT REFERENCES "thread" ("id") ON DELETE RESTRICT /* The supplier's own thread with the service team, opened when it is asked to decide. */,
    "thread_id" INT NOT NULL REFERENCES "thread" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_claim_submitt_5ff4aa" UNIQUE ("submitted_by_id", "client_claim_id")
) /* A client's request for money back on a booking or one of its invoices. */;
        CREATE TABLE IF NOT EXISTS "claim_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor_role" VARCHAR(20) NOT NULL /* The actor's side (client, service team, supplier), kept if the account goes. */,
    "from_status" VARCHAR(20) /* SUBMITTED: SUBMITTED\nUNDER_REVIEW: UNDER_REVIEW\nSUPPLIER_REVIEW: SUPPLIER_REVIEW\nSUPPLIER_APPROVED: SUPPLIER_APPROVED\nSUPPLIER_REFUSED: SUPPLIER_REFUSED\nOUTCOME_PROPOSED: OUTCOME_PROPOSED\nACCEPTED: ACCEPTED\nCONTESTED: CONTESTED\nREFUNDED: REFUNDED\nCLOSED: CLOSED */,
    "to_status" VARCHAR(20) NOT NULL /* SUBMITTED: SUBMITTED\nUNDER_REVIEW: UNDER_REVIEW\nSUPPLIER_REVIEW: SUPPLIER_REVIEW\nSUPPLIER_APPROVED: SUPPLIER_APPROVED\nSUPPLIER_REFUSED: SUPPLIER_REFUSED\nOUTCOME_PROPOSED: OUTCOME_PROPOSED\nACCEPTED: ACCEPTED\nCONTESTED: CONTESTED\nREFUNDED: REFUNDED\nCLOSED: CLOSED */,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "claim_id" INT NOT NULL REFERENCES "claim" ("id") ON DELETE CASCADE
) /* One step of a claim's history: who moved it from which status to which, and why. */;
        CREATE TABLE IF NOT EXISTS "credit_note" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "claim_id" INT REFERENCES "claim" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "invoice_id" INT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT
) /* Money given back on an invoice, from a refunded claim or by the service team. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "claim_event";
        DROP TABLE IF EXISTS "credit_note";
        DROP TABLE IF EXISTS "claim";"""


MODELS_STATE = (
    "eJztfet32ri697+ixZdJ10uzm/S66VlnLZrQljMJZIC0Z58yCxRQgk+MzPiSDHtO//dXj2"
    "QbX2RjgwHjUT80xtYj2z/J0nN//qrNjSnRrdOmbePJbE6oXWugv2oUzwk7kFytoxpeLFbX"
    "4ISN73TeHIfb3Vm2iSfQ4z3WLcJOTYk1MbWFrRkU2jcpcha6gadkiu41naATdpkQas0Mu4"
    "5uLj+/qCPLNkx2+W6JJga1Wddohq1ZHYl7sSu2gQxK0JxYFn4gp3DnqTFht9bowy5v4lDt"
    "D4eMbOOB2DNislv9+J2d1uiU/Eks7+ficXSvEX0aglWbQgf8/MheLvi5NrU/84bw/Hejia"
    "E7c7pqvFjaM4P6rTUB8QOhxMQ2ge5t0wGIqaPr7nh4qIsnXTURjxigmZJ77OgwUEAtHmB1"
    "rjYadbqDUb81GI1qsUH0KAKQu6cYlDAB2KNa/O0f4BFenp+9ef/mw+t3bz6wJvwx/TPvf4"
    "pbr4ARhByezqD2k1/HNhYtOMYrUGFs+XEM2osZNuXYBmkiCLNHjyLs4ZkGsXdihfFq7u8D"
    "5Dn+c8Te6cGeAbKvXqVA+q3Zu/ja7J2wVi/glgb7WMV33HEvnYtrgPsKZ/cLEUDlwDpKV0"
    "G8zzLhfZaC91kcb0v7twTnxOXCa75+wTgGeAtZMwJYzvD523d5Zu2KooLz9d2bDNP13ZvE"
    "2QqXIouDSQCMEbbjIF+yK7Y2JwnLQ4gyAvbUJT31Do4RevaC0y7Vl+6+mwL9oH3d6g+a1z"
    "dwu7ll/aFz/JqDFlw552eXkbMn7yLD5HeCvrcHXxH8RP/T7bQ4vIZlP5j8jqt2g/+pwTNh"
    "xzZG1Hge4WmARfDOeqiFRt1li0a5+Jow0UbLlftspRnhglcrl2018+EaoVLACmCBGb9/lH"
    "KOHmJxkD8zsUB7oL+SJce6zZ4K04lsf3UlpVuLZNkWSobvT28OeWdXj2jiZ1+AiU4t9vrs"
    "pYnNAWDPgDq3V1c12cpQALLXq56qCW54PQxhe9HsXzQvWzU+ie/w5PEZm9NRaDbDFePciJ"
    "zx28Yvzc/n0TOYsvtP3ReBx/bEf2eq2S1qm8uaTDmwulpPVQ5AuxHxG67VDnSZwI2nc41q"
    "0BLOoskM0wfW9NnUbCZMII0iJnsjiz0RwxRTi3UI7bDFz4vmSLMtot/HNQNF32BIh3Q8Nt"
    "gsf8K6Q6zxGGE6ReMxJc+rU3O84LRfTLyY/XaFAE4LGfeBDkFRASPjnh1SG5sPxEYnGJnG"
    "s9fW6wA+FHYT0YZ/NuPxC9BY/Fe/20Hivh8RRi6HxbuYYWtIqYHYw7otMuo0ftQC9xHjy3"
    "+yWfu70nfsU9/BZqJhjkxDzyWFh6nKLNPUBmyO88f9xULwwOh5xr5I+ADpAzph81Mzxfk5"
    "Xnpfos4e23wR/9S37GuNliWTkiVFxxKVosQik3NYXYrSD+ncsflaW0fk9OGULVzOAqQ64J"
    "zGY/nIrSdJF3OzDNC75AF6FxugyBqYdZQiZGUeqk01CruCOtcWEqJRijCJaLliUuKwAtsg"
    "xzVMFdXRaBMb/R/SGTO1K4Br/3HvUMGA3TmazhZv6xRu+5+13fLuMkwBpZB6xpvEJ9fN/4"
    "7O74ur7qeo3gU6+BQZlhWjmGdYwlRqWAofFqXVTF6YqqvVFKxyro0nSKIUb2sVbxwupXVb"
    "oxgKTqoEldth9EKfDONRvGBMKeRdqqdphO4Cjdb7iiBoTqaIjfWTNiENJsIZdfYftutcmq"
    "uje8NEM+OZiQsT8N2gU1DMIBCgJV4hW3cn0ZX8qFmGY4qZSv5k0iPF+sgk98QkMH9/j+lS"
    "FqbxpLmaZzbJTduCnYI1+1GbOJZtzGOXlI5lnzqW1djFsE2W8kJExch4hwU5JOG9Ps8g4b"
    "0+T5Tw4FLEKM+Ee0fC8ALCLerMY5tA2EDvU+9PnK51bwZtwWfm0X4IqgYSf4f0gjH07d51"
    "67KB/EN2ttm5aF1d8bPeIbS9vrlqDURb9zC6qGVzCSpaWbVanHLyxiHCCrLGR8IKe5ik8s"
    "KETjcZ4gCZGuBSDzAMwejfBs2nzwwS7XH5vR1c5F17QY38RKhDfrEQPDaCx/6I/DWI83fu"
    "dEXYJJ5LsEYRu5tcLb1lf3t2zWKA2BrFeS0LEbI9jvKutEcRn81MO+JZypZ4Ft8TF2wWaB"
    "NtganNoHSoZOFM5M2ltPtTYp+VmlUPLFiGzYSrhanJmPNLMtHmWE9YtcKU0Y1JkJ66XVRr"
    "W7psXbSvm1dsytYFh862IE0oE7yZ/kbi8D2fa5YlXTdSgQ4THgbnV8cCsmOCzLjMszQHaf"
    "a4Lrdue/tZml9nkTSTBc0oxPcmIaMJCJEMAHiyEVtcNT0vT5vSTQE8bjl1lJVgcY37e2KO"
    "YFEi8HaxYR+QPxO25DhlBdigtKFt/fcg3Yjmj+xVt/PFax61rEWcWijWl4yzYThO89k345"
    "THa+Osjcd/wWugR7JsCNe7n+NxHY60KXfPww9siCxbuAPqGgQjspnH2MElEzXYbTSqQV9W"
    "XCYptusD21wl+vMcW6OceqOvdj8rMhcoXYMIspaWTeZsTIxnivw3qCPxDGhBTCQMDXK5dL"
    "NuVKRQWTbdCtvUhePeJqMeplSjXpZRl7Be7tMHvnW+14zcvSafS4WUVvlWxBUinsE4J7xh"
    "KuUsKUHWs9LnQzZCpZCVxWML54t8wIaJFK4yXDlblxPWIE2JF1jO4rJXbn3pNcGOjvCEq8"
    "l5GEeE933BRB1so2fTsAkKXK4j7Z4ndJlq0xgPfRBXuKAn0JbecF3zAVPN8k02R/YtZHWL"
    "i6yvIc+4HuNYeu2LQU222hQAcX/VU0XRDS+yGcAN+qvtx53zWKGNsFxZsA3xwPtfIkrGOW"
    "cGWiY6ZFknfCfOKvkl73zf3MkNNl2+gsxMwpAnO00Hk4rBBBABoRKd9SeX/POvPaIn+UiE"
    "XaL51LngHVZojYssV1ibb4nWBfRRVYCmBE91jZIRQ4Oy3rbE6tLt7rvoraqoCYCSwuPyAM"
    "a/wW/QUVWx0uiTwdi3LXFqi16qClLA02pLoG5WPVUVLMhwMvKkArbaPG4JWZ/154pRV6y3"
    "qsJmz0CtvyVWA95JaTjJ7RHaQ1RakM9KDlCLcGNrY9VGQYaQU2RKY+RmFDHuEfYZYd6TMN"
    "M3IA9PHVHyXPfC0CAAjc0dw3mYsV/aZMb7oESXpzEq+gYquXG5AtH8zAtxbFPcloJEJfZ9"
    "KK3Lkp9YIQ/qIaJKpHjZN+zuQhQHPVtEYIC8zPDXPnW7v7Y7XxrIPRjSm25v0LxqIPF3SP"
    "utq8+MvPetfdFqoOAv1rbX/da+bPVYa/doSJtfWp1BA/E/Q/rbbasvAg69I9bjv/qD1jXr"
    "i//NaPnYcQChm/NuE0+gEKXyCSmLT4jKrrFHpmEFqcej5gI1TKSs6RJcV56x+aCN0Sl0Zd"
    "41gXi3fA42MUK1KKz1MwjkXNnSuBVI8XJkMzirESm8NMozMsvXieLg5a0vQx1XFO3YapnB"
    "UrsI6123hDyfFrdk60Zmt5nYqpkhjbtK1FWFRF3RtWSNWjS86mRVjYYXwSx5vWCOTHleLV"
    "dlybZ4nUwgYAlScLndW0K56VogZAm9Nu5Hnslr5eL1SJax3F1K/blP9SeMQAzV5Ogvt3mZ"
    "tT/Zod1xHBZ7b/eDzhqOuaI47jDMYY3QITse1k5PT4eszbB2b0ZOTEngxM/xOLbsbNHPgQ"
    "Ms+ahJP6r1KlaPtsxfGNdNNxD8P6Q3rR6DYNRpXrcaKPBjSK/aF63ORWt0c9UcsGuhn4zu"
    "a7cDFPBnSFvXzfZVA/E/Q3rJCS55u87t9SfQxYq/Q3rxtct1tuJvOfSs1sTYfMR94j1Gvr"
    "t68byftkSv3uwN2hftmyZoxwM/yjEuJvnD0Uwi4RsYN6YTTOXLcJAsMiiM1dlZQhX/zH4N"
    "TWwsr0JL4Kd21JLEP72Ts0jKlbjCKTCc2Tm1MJFSNMn0eDbE3Ofh0wIkVTBP76P47izBrS"
    "+ZXQuQlINfg/tVpjQAu56g8UvWWwdI9mcR2FUiLBUSWl5cU+wAKhaukFi4DJUZo44OKowk"
    "o+us8vTPghJ7UosnbdoOKPcr/s3trTxohTIaCb0uDx3j+XRFFU5MrWdiZozj3pVPcoKnPF"
    "4sJCNzjelyYMD/mRdZ31u+uVhsMjoH1Q+nrLT8BUcRM0T8dU2YwWTqNyRTjRsgvBEAiA2T"
    "jxRofyXD4C7f/oC6zdypxbuJmSBdB+lYd/ceFyLdDNj5UVR7/zPVQCOi3ST2GD8MLtn8Mv"
    "GbZLC1iJBYKIJJ+MLBLSNzg5IlAmAQlLb1vzZ2CUIxjXte+MQLKZKZXoroVlTP9YKjx+N/"
    "sB+hAF4op2sSNDEWGph0TGMejBxFJ1DXlqupEA+5gIvzFx+hUy9VAOuBfWhLC5H5wl4inr"
    "dT1PcV44psgucIW49iXbGcxYI9gQm1dCFd7ZRBahkID6nXISOE2r1UX7o59SDwES0cG0g0"
    "O8W65NzNocLwdHTHTRXem0IHfi1dZW46kLmJOvM7WSaDZE3GikIVfIloMeIFX6KTPQfOEt"
    "LqaY6KN/IdYYmd/u2n6/bAq3KTg1/0CRvIPxzS285lqzfqtb61W98bKPhrSPu3NzdX7cDl"
    "yIlAi+YNeNuLviOnQv18vu2HGrlnhrR7O7joXrdGjOamy9tEzwxp8+KidcNfwDvitYIGrb"
    "5b/8c9HFLolr0KO+kdsZZXol/xtywmDmzlKzuxoiizjbFMquHgk8WATg5XipCpxNb5w5VU"
    "6v5dp+7Hc0gkM3KlC5mpNLUQhYxclf0gwcGIV6RgEieTciC6ai6vYJMOeZx6a8RLxrQVDb"
    "gnbo6SdsvkRVxCqhby3As5m7ELw9p0xkuo1YxPn/EqB3zydlrdyE+VA75qo+5hlJYDHj+Q"
    "vAF+QZISe1xxCxV/VsitgmzDeFxpg0XyQx1bXCVskieNPCPNfrHHrMMqRHj3uKoKB/sA+W"
    "AVDioOrGuDy4drmEjBWqa6ERUHNmg9zekoGKdUAMsAdvUJIn1hXoxlxCWGmTNw3lO75dLE"
    "s6NnzZ7FPATqyFiw557yLHqMmUOaBU4D7ITvKHAg9m6T4dp+lKrI3KkUGrtOoSHP6KCtUg"
    "5vCW725MUlW8yzYhtmwEpZouNIkVUVOkpeoeNw1ZKOFOgNiiVFPBTVgpEWIRIXK7Jk1QGd"
    "YdWwLUYbunkvm+buCeiaMwyd7Wdk33LsMqd2P1YOMCReZFp3QtLjPiGujrS5q3tsvDzKNA"
    "JblGUiT2Trmh08tKL1RI5SxM0UGjYxIUpmRA172zC6C95Th3VUms9oe6h2mXEtMLmSonr8"
    "qbcmtGdE/IaZak1YNlmIHGecnH39Mw2C5ZYNvpXOwSsLPnEeQCMqPwgHb/jW+e86whSWgq"
    "W81kTRN1C1JsoV/SLSGJqGnpAsKMFYH6Iqs9O24C3hcdnUtdjWhk6EHFqP7InetvWijh7J"
    "wobShDzc1C1r+GDIguGK7nzPnvrw0Y62CxeJdFHi+BwVK1LCWBHb2HL+hToo9UKkpl/5ph"
    "91mdysrtdee+VvnT9wRrn/VswRVBV+2SMHHym4nNfpMDGCWhn9JUKRn2VjS2Vk1epa12MW"
    "vdW8Wl8xQ9UVyGSbKGtdgYBaUKblCikNU7RcKzVlNi3XNU8s86A9EbpKL0O9TDJ1oXjCyC"
    "T3DhvYqWs0ghIAy5jmOy7AF9o7JLUROCCuhkUz/ESgmWZypbzIG2Khk/H4ovPyFfw7G4+H"
    "zvmr83cv6sjGj+wp/FQ3kOFGm7IHYt1zJf2QapTdj014npmGzSQRWGyjZ1OzoWNKnojJKy"
    "FoU/KR9+K+CbojE2POHumi17psMx5dKeNKqIxTqWh2mopms9jm4gI8S7rNFxfhqXIj7Do3"
    "Qv5ocRUkrpQWSmmRS2lxCAm7ZNJK4UoL93PIG8ITo1Pglieir3RL0m61QoeIVigbxLsLV9"
    "izyq1kS8LWGrcEVP3lU+nd1iEb3WlKpXy7ZMyWrlHyHZtUvG1MAxdtUk9Tw03dxqPnQOu1"
    "ujhwd3EJXJ3ZeGzc31vEHs0Mx7TGY3RH7tm8WiWA/sVC9yYhLycwt3Theoi8u8sdagq9A+"
    "jkbvlURAtiohOXqI5Ery8aK10bpKcW+jV2wE8zOKiFRUUbnoceGE2eLnpI3afkqjgL9G5Y"
    "R8+G+UhMq45Mwt6IWNzzjfGlNjYZmWVrus7fDpE/Wa/6kiv3kvNGB2IPgxiofNEHVdKFhi"
    "I7vFEyxXFJOFnvs80rbQfpjkfW5qud9+h8wfGWvmfM1o47w7FF9MtqpZvjJfe5RVAgwUwI"
    "pdm+yxxqlxLJ9t6YpAv3SqXzN1TpqFRYu1mw58SyGMeaD9cwUYk1Onw17f+rP2hdI/ehBR"
    "84waap8cCHPeb+UFkqdp2lQuq24g58Adher3o62umdlWbDwQkvDaUSwfkgi+pyEuk7cLWe"
    "Jnh7s09MpSefIJPs7fl7cDIRlRUqllbnpZiCdZLc8ksLJoBqE22BacKIFtbzOkF2VXWLfy"
    "craiXVHlSq9WdiVruyT6DMyrnNyiopcvI8P04ZRCJ6xiK0lQyyK6VRpJBjRmhjdApdWV7T"
    "1RadM7VpjLDEkl5ZbMxKkNudIBdmPYuBl7e+DHVcUbRjq2WWzG0B9n57yG/CvR3XupE5d1"
    "ts1cxbgn6XMrDnuCIRgAM+LcnSb8CFJkMBYz8OgwufvkT60c1uZCFs23gyE+V3ka49Ejh0"
    "W8lKFxfQoQqZKJfcqkImdhoycYS1ZC97zc+DnJoCQdRA/M+Qtvv9W0hVIP4O6U2zzX7B/0"
    "Pa/dbqXd62Gsg9GFIvpKrhB1dltAnsOLmBZlnORkqGEGEBOoZybsVHqFKI2zWnbC+CkZAP"
    "cYLcG6BJG91KjSyMlgpX2ne4km3YWN+swmKU9DDRd68OMFM3Cb3zUz4v8NJwNqhmGaVWcK"
    "eWy6VYXzI5jWE4laXb/K9+tyOHOk4ZRVqb2Oj/mPBh7Uz7WPuPe4cKr9Y7R9NtjVqncNv/"
    "PIB9BZBKt69ETSmRXRQ6UGF7VbevqFKjf8dRV1Y1ZZgoEcQFGCbyZT7n0V5FZD4/WlGulD"
    "nPj2VehrCCgIAtQXJV/FduoEUVUWIC0Hz7agM3opeqguRaS7bDqGSFOrZHaA92N/7lJdve"
    "vA9zrf1t5MVKZSsywGOJwCfUt5/JawUktFMms3KZzBgDnuAFkezLEyDZH7e8K21Q8Q5oq8"
    "eIYZqsS46QlTl5+aba5FdZjFqsVbJG+VVM9/aHg6mt2RK1faqOM0h2GOXm2W53pFTl5qsc"
    "yk32UvZoYUpTnaRCHCZU6fLW4PyE7ZEpt92loRwk+9tp6d/mUdKrdI87nb8q7ZRKO1UyzV"
    "tK2qkDe056sZ8S6S0QFposuQWiULMJbV5wJo/lExJ7HQnfNzJFD3ihswb6kpeI9NLd8FZy"
    "2W677qRRgauanxb5o8bQC55aOHe6Nhn5V7DDZjTniN0y0oFIURU5eEhxEoYoO6pua7Xwy0"
    "JtVnM+O6BhohKH2PA4Y7Fi8OWBe7oTC1mEcNnovI5ei1z4yIA09k+apd1pjA1ZoubVFTKo"
    "vvzIb8udt7nOXx7LvIN77HjgHxnScs3Beh9bj3aP3mhekGuuwWc0DQT/D+lvt63+oN3tNJ"
    "B3NKTNTv97q9dA4u+QihQDDTfVQHScD+NQu5otmw5WuIc9Dhmb3XlHjJE04KsYUjZhW71O"
    "k/30jsoxHnfGVDISySHrXvtKaNr2HbMeZ7uk30CCW5WMuMS1QjfUd757k2GKv3uTOMXhkv"
    "Jkq7ZPU6aqeVzYyVk2L0hTYjbwYNw1eykrf5KACFWJgRXFqNm0msOTIO/BmbjucVm+EI+t"
    "R6sOGXwwdRmu1SVqPRMzzlnvZ4yE/J9vhEI0Sq5cr1BcKVm21CdmduEoG8BZ1YmhqZWhwK"
    "Gvo9oS2GpnWg/tVAkp3mQLdwHA9kW5vt8CPZYC492u3cX3vuHIRzbT3On9Ap8aD9QvwFWv"
    "6XdUmslQrLNeNNP/lnhJqgyUArTiUrUexMGvaz5gqlnYfZuYjSh0vZ5mKDKiLdfn2UBe/B"
    "86eSIURstyFgsmspsv+FKAhPiOJsZ8gelSklhjkx6UW2C57Dj8bwzWlDwabvtKaNOiqsps"
    "uso0ZWVMW3lcSv4NVuCbXvdb+xKU+N7RkF5ctVudweiie33T7PyrgcK/y6FG9qOftxmhWC"
    "cl1m7WvrU6kMGE/xnS/u3NDRsWNm7eUUnGRccJ/rQZhsOl3aOJ5VOz377Ia2ThRA3E/wzp"
    "Ta913b69hg+IHwxpCwwuN712nw3X6rgc4wOFkZ4kW8Ynw9AJpglqSp8oMjR3jGpXY+Nt0/"
    "s1w3zqdq9CCudP7aid5fb6U6t3chZxuYvrxZ6IqbFbSFanVLCDZHuE2z9ztHiDSWT0b0NW"
    "iCiZIQoR7XHhuR3kXXZKY94KZcMYrVJMbp5SI9pJObJrwP3yZteoXQRlJo1YDe5RR0S1O5"
    "v8afPycvazgaamsXg5NZ4p8rBAPL1IPSapFdDnkI7HP/4a1h7Jcsj6H9YYWkQXh8D8DNl9"
    "hrXPvVZrWGNQD2sXX7vti5ZoMJmBf6YFbX6cnp7+/vP38ThnxSmVMUTZWUPt8tlZY4aRbI"
    "H43H/BywS6nQotewKEY9Q3uoLQdO9gle27yZbBQCjERirTQ6ZZZSqg1gBlCQvXlgi5drKq"
    "f3UqkUHm705BtQ6qOQG38y0RqpblP5/JLLiI6fcja7UGyfHsUjIw2H9ZljP93l3SmotFxf"
    "DNY2V07Dvjz7ZN5jWZjXF1tZ5qYeTtstkWIXSMdaA9EXMJlkBrMiNTRydTJMqq1xHf0OE3"
    "kzs9Wy1UKb5bIuwWVJdHpBXT7Xor5I9AGnNInYzdUnXKMrkvy2TlLWet62b7qoH4nyEdfO"
    "21mpdA0L5oNVDop3/1c7PTvR34V8XPIf3e+vS12/21gdyDclgKjrCKwE2rc9nufMmrs3PJ"
    "Gsg9GNJ+q8OGCf4f0s9sfKFOgPg7pBfNzkXrip/yD8sxYkyAdxajR5IrOXqIqBD75y6Wtd"
    "ot7x09zzSdIIvYDR4qaLE3R+zZEaHsqkNACwqVYh4JWVi81KlpPJ8iwcJCaCBIWejBNWaF"
    "dqeibzCkjF4zOTHwTqwxo5sykjqyDLafMf6HmL7b0wRTf0NkFyl5ht6lcYyhWXSWaRqdpc"
    "yjs/hEmtn2YpT0/SfujBGqsnvdfx0MbpB4XBEg766+MKK/WGx4LBtKC5H5wkYncA92J8N1"
    "qKwjcvpwCkH1jF9hHMoLuftm8bfYtSs/exRdmt0mxYIWoKlAWdmI9SzL1/Uu+eN6F3eQwE"
    "vdkHnyJ9vKAiTlsIxVKu+8+wHmWemCJCqzXiyznpC3YnCmm+RWVBU0xx2J+c3DJDXOUTcm"
    "j2Q6cqit6XkHOUp7NHWqak1X/4BmBhN1OW/INnHE3wR+0Y9oAdu5ZtfZBm6AWsKjmOMlsv"
    "EjgfKEkMBC5opdbOdVnn0MhxExTVnIVnISgTBVBbiUvScSUK4WfxNXi7BdktobDHmA7GgW"
    "+L/lVo7vmGCZM2NBgKTMEv73mWERtCCmZVCsI1BTh+Vv18BgoRP2tBYbcdho56CHmRDdYt"
    "tpXKbfD/tskom24J5LuQYmSlbiwTmYZPJM7maG8ZgP2DBRiWHlKif3aSNzXbM8yxtoMI09"
    "zuyUlAb+jI0Phgq+D4VgR7/t9VkN3GlQALLfVz2VAtwtZnlO0g0HK7xeZEhAcSet/Xncn8"
    "BO9t/COt00B0aA98mdBmGXgeg3kDGTLRGYP3rMRyR4uZ7mJLKINMwShc4HA1QQgDZ0gDRI"
    "UuE6EkvDzjOQqDjzcnlzqPIzBbOiKnB/t4H7qsKoqjBaMi4+pcJohjoHK8wF0JMZpg/bhg"
    "y4oPMhuuAdloaDLNbPW0D0hHVnW8g4Vt+gowpBtVvmVNTVlDKmfsnNNKZ01WgtQ3ptULJE"
    "TF4mTJabIvzA3hKcbFKKIGYjUQxpuRhSVSdqt3WiFljbxNoXIKugqa9Ktp85W8eMXPngVx"
    "R7TdDT+XU06DU7/c9uiqOdyyNvsogjb5KlkfjHZJJ7YhIqi4tKhjtEVAGXhTDIH7KA/CEZ"
    "5A+qst1hJD5V2a4Kle16BE+vMXiQ1SR8eeBqKmvOE23PVw3XsudfjWd2CXKLOha4u2EL8c"
    "CJVXU6twydKAcF+mHjnp+A9r9YCDtTDdbEOBtfbNfS2neOa2Fxc7GrCnaHFAC4Sx+fgPlK"
    "r8XolG467oGCN+H9A2QV5P2P1M1PIgvElGOqgMcuviLYLfJhGqBQiK7nRL3teD9+E2UDNy"
    "sPGphU631RVJWZrLBmqDJzOM6emAOs851Kytp7l9fy9pBCyG+5lrkH7yrLmYtIV5ep5iy4"
    "kBAsUb11VWTa8jhyt601MRYSxr64brfQ4ZdgMa80N88/JtuwsSSk7JP2kOL1HKSrDCv/z/"
    "Pz16/fn796/e7D2zfv37/98MoHPH4pDflP7S8AfoizTNhY8yxX6zZhL8vTjrfgg34ShW3A"
    "xa39kZRZkuU/nlQreQcIJvQaYbd1jsI0sPayLl66XSDWRQMRCt1PeUonivB0rkHeJ4Peaw"
    "+OKc7zGuBuH2llawrpf0iH9FKzGBFohERaD574g9g2JEIVqZXZiZlm2Ya5/CjuAI25pZht"
    "RXCecKq5MhWXcG9xp4RkY0lLwx+gUln4c2ThJ1PNHvn1y2aGI8uumDinE6j3t7Hz2ZcrDR"
    "h7YgtNdPBMt9kiwdhSukT8ydEduWdLA18+XOcvyAZj2pJqf5t3s2M1BpljTR9Zzt3/kolE"
    "JZictSRGeLy5S2rj8V9DtiKILPmnp6ciL/69GTkxJYETP8djtlnMF/YSzdkqI7YV/hgv2b"
    "bxbJhTqX/8bm914FwrYk5AyYL8M8mjOt5pVMRKvZNhMckc3t8cbbZVysjVnpljz/QB5Ov9"
    "SKz3/jaYY/tc39H+dtL35zkXWVD0eC+AHgzGUkPu15TNEJgF5L2cXHG0ZX87N7S5w5V3RY"
    "wRqkWx+L1KLGYbGELDlCoFRnlMn3E3SGcx3TCxTZhSWbxLPOwxi7f3hd4t8yn1Y3QlTgdx"
    "MMO3X34iF7QRKmUzWWf+Xs3FAuy1pUoeULgKPvbZFhC9H5/vW5tBovXij2q2Zx2LyHdegE"
    "kkrHsEcLyLsQG5Znz/wID/Mw5JMEDy0i9SWaXB4S86ipiJkl/bhABJ9inJqr6AkUiAbph8"
    "5CCrfMMPfOVDMfV7cyeAP8xu42iHbjN7ZhrOwyzW4t7bTKQTiZ0fxQbqZ1Yb2pVGH2vpRj"
    "TepJ7ZiqZ7zTM5U3B5FEjA9wFyzbtANhBGJqZTY45s45HQOuImqClroy8RhjwnFjhAz+Qy"
    "cTHdKitXuaxcfMhGMDxxcFOSt4eoiokyOizMOy5+TP5caEwO2UQrEKKsoLx4vPJhXC1wjz"
    "WhwcmdG15CWRm3pMJERDcPeP6PKESoNGtl/oSMBYN+kzEOER7NGNc+a6ZlI8uZTIhl3Ts6"
    "esK6NuXCHDoJ+hwhixALPc8438QNDxOHcVpz9kO8ujz53Q76r/DsUwnLkxfz49TrZklYrr"
    "J+qaxfh1epFJj1a5eRIl69cKmGwy/jm6bZWDXK5hY8dSY2wsGNStctdILRnBDwtkWmYczr"
    "ELJtOCb8nRk20cHZbSnZEIvpUukxyqXHUIkxd5sYM/hkMZiTK+hEyCqQjyaN7VEldBRHWg"
    "xHWiJj+KEHebc8abIVNjdTuq0d9kg40zRLbI/N+177YpAtI63L4xaTjLZCiP+Mp6Bd2T8L"
    "TN27nWX6GMBjT2oVAJor1/zm9lYltPYgKfqwJUuMQWTXSo6jP4KtM4iQXnsEmzToMWlYvS"
    "kSAIDqM1BPwkvz5YWJapaIBzXnZCoTKou/CcSYtukTNjVMbXQymREwYiB2Cws/kRei0ryo"
    "+o34iKA7ohsQfGobqyr0fpgrnUL3eEgXxHzp3Z/TfeTmfLcndtV/ugmm1LBZI10HYZnRBU"
    "p9CNrktGcBOV/sHSrx2UEN/UxGkyyDycECPsHxBglsGhUX+7y36OfA4QiTGU8lyYbDXU2z"
    "Dn+M8IinQZcfYR2Jt/FWXQ7FL2zJ5a9q8aVPNyZYJw3ER1wMMDugbIEUQ9t0Jg6bBz/Z6M"
    "Z3gR3e58DTSBXyKdiVQal1kqGurloHm5MZlIvYYNgjpMfj4NBk/K777CsmmXGi1EDArbK1"
    "EFuMr/3oMqCMRdVhAizRAyOh3OQi4bcL6rTCrgziJXLx0kGSMisPuT9ySIRh+yy20Sqljj"
    "vuB6rF7AmqucAPE5UZ/rLobqMS5uaq24Dh+sggzqq1Dc+u9Sk9/QCJYjw1Sqtv3HwpyUe5"
    "4bAFV+TNS7/NiWXhrau+XYteysNZwADAFjiHJ1mxARj9dst2z3a3g9wXB2bAqiPDhORuzU"
    "7/e6u3uiQYhIw7xUH0qAOC5zWJ8pSfr6dpTG2vRQYtKbTl2VLZ4NoWetbsGXom5FFf+jpE"
    "kfpCozykx3imCDhN9G9DlkajiA6Vk025dIgQaxdDNdnHxm1eufCg4is9Ke8lH9yz8yzosl"
    "aJ8PJrYXxhWRnBspIH5BDRHj2XbgcXORWcpQlzw/ozXlojiBeQ8BppycAilCoPWI48YB5v"
    "n5A1M1nHHyM8Yh0/V6TPDW6j+fFjWHv1z8arV8IscyYOwf54enr6czz2jLPAofxipXExhf"
    "V6aDOQbliOKZMAUixAAZpyTAy4X+6JccnWFX9cuIUdsqVO62g8ZgN6/ur83cuz85fnb2FU"
    "2UD+zgbypN3vItCk+rypP5gSh/Jd3OAA0yWmaMkiWbq1E7YTLDNX/Shn2GXhwmBQcIeic0"
    "VkJKlarnxp/hHvJaPZRuDDlGUYCeTYj+YTAZJ4DhFO4AnVmVKH+PMhWboXs18m3/vfRYqE"
    "v2qTQcZnSD6x+SSiP7Ft48mMTMFdKOCRZKaWPd+gD/BjGo89R6jx+B/jsedDyn9MdI1Qm4"
    "3yfMHmM1sdsZtYkzsbgSoN817hJyTlX2jsfvemMR/SYG5r7lnF3Z5Yz7AMa3SiO1OozU6n"
    "bE0mGJKS8FaaDddNMjeeyLSBTONZlHvhBWIs3u28jixDNOFJ+0Wv7Elc1Z7rzoUZ18qfxd"
    "X9QSP210gpCBnRYPyoechAe15mcOHc6dpkxMZSe9LsJVj8GNGPkK9yasMwoqnNlQJlnwoU"
    "d0bLpdAWdeax1TzsUrEiL7PkX7u47Q+6161eA3lHQ3rT635rX8I572hIP3UHXxsI/s9opw"
    "trCjIpClL0BDE1QWK6+mQlQXKi+mMMbtpDIJljMkQmCXrE9Z9AgHyPeLc7n7t55Q6gaSD4"
    "f0ibF2COGPVav922e63LBoqcGNLb3pdWZ9BA4u8mn0MmvVmK2iyuNWMCwsKg8lSR62q6Bi"
    "mPx1cFvI64M7TruQe7PEFizrGFtx4dN8aOYNMEHgUj951f3i25ZCfxDiy48wr7rrCP33Y2"
    "3iZX1HtcIro3rU7eJQJoGgj+H9Lvzfag3fnSQO7BkPZa/e7VN1gtvKMhZQJ8H86Iv+VYJj"
    "hvuUE17bIX0q71CeubTTAkar973y08vGc+/ihqw5M//TOujDAee++I/h86kzkLF977rpNv"
    "wR2DskPOPUFGr7xXy7IsZ/FeDQqRG3zvYcryfvYDL3Tq3jC9784KKSQstm+fPGmWdqfpbD"
    "Kj5tXVi4/oFVc0wNMih9qa7vr+m5adUJ22+HvsYwmQaBE2WQnk3RwNq1hIvogSff+Z2DIV"
    "tPB3XPaxZWkPPLUiOHLlc2qW0qrqF/Gl1QcqYHjIi3GAVEEch/hQWf4qDmvY2JAPXSmtAj"
    "k5XDBv5aEYnQJXAq5rgMsJbZhKARsH1rUA58M1TKRgLVOlrAoCmxJfdoh8tSVDOGucUkq6"
    "2lVOMMnSUAC27VVP1cQ2vCBmwDboULIluNUu8BbZwjNAe7h0gUcKcbZsgcnyhAI661yWiV"
    "IZ4A5pDwpA2wtKrCbKMl1LQlXIZBWaWpezohzUGmaAeSXtKojXLRdRxUDu2qZBt7nFgq0+"
    "5miiY22+ZTDABfRRGtyFoc59v1/cGGU3kyPEMweTN8KSUPdq5QT8jHkmGnCQnpIJ2wq3jT"
    "QP75X7A7xsFpdMAO0788FRggTTeTTH5qM01CQPUD3W0zXvqEpY7TS3A19MBljnlsOEEBBx"
    "ub4+DmRk+y3XRoP0nbkVdEXEU+sX4X1khT2TLO6kAI6L4JuwRI9kyb0QrBl7e4lfU3H9Sv"
    "PKulkFeCuVU/Zvmw/i0KrHkFPlhyxOlR+SnSo/xEMR+PSOgdufsw88OYWYR1Sl7GGvz9+/"
    "8ycu/Eibs/3r5tWVRGMunI1sg62Pkh1Oe0jWmkcoS+u2lhfWf56fv379/vzV63cf3r55//"
    "7th1c+yPFLaZB/an9pdyKpCyQ5Cmx8f7/JAEQIFf7Z8c8R0b1LFocL0hLexhOwk5kax2ux"
    "PrSVIjyZGA61T9EXyP4FPxnXzuUvUZdehHiGI1XrCPLb4xVxjJspsuMswaBGRFlpGgwKFa"
    "W5V7aGzLEmWaWSGRufoHKprs7fZskRxFolx4u8jWUJUtmudhtiuZjlzHTlE2yEcMk0oLvO"
    "1SYy98vhXR+btqLeY2yayKmVR+0JcWmEDunnHuvQHNLLVgNNSTbNZWSGZ5nfybP7qDO5tR"
    "yTcQb/uMGmZuUdgc+G6WYIAp0IvAHPFURewl5joZN2s9NEgIqs5ns+2j0nieMszYafj0db"
    "5q1Amv6A844NwUKukiGM+oPm58+rlAji95AOes1vravRNRunL9BP+PeQNkWwOP/Dfl1et9"
    "n3yv+wX53m1b/gXu7BkDKOp/Wl14TgYghI939s9DkXHj6qWaMnbSERCtPSBa6IVKbAHJkC"
    "ebSV5ONLT83oE+0Ra4/lPVqoVaxU8opS3VgpNgzWRoMeIjyaKMjady/p1oKYlkF/sdwDrA"
    "MDgtEztpB4NXSysIgzNehyrrGfLz4iSp6IiRw6lWbeLLTnCsdkBhVG+RzCJZTKKXytU3hU"
    "QaecEzN4G0mm2hZ1o0XSwTlUFZCwMjncFZp+R9WBPszvOVPNHrH3M6VZ53JhBV21WE/Lim"
    "KlqpFnAIl1QCzuN7hntPbo7heQkD3zDToJZhq1lgyC+QuR8vPZNGyRrtQ3/Wj33KtlqsW9"
    "Y7aAXqA8mWG6tT9bsCjTBe+wNCNQtGfbk0ae2XStqGcq949GzzMD2WxIRcFxeEoxX7nTlQ"
    "1ZbAEFpNlxVeE2vqde8Ez1sC12ElrO3Vyz7UrOwmKR4viMmPC2NWfHUWo9VZezm5gEWDvK"
    "Np9toeI9dVhHFYWqmtXvisXomdzN2A4CIpn2RLaXFrqOfWf82WZsUmkAq32fGRaJaJEw+t"
    "769LXb/ZUngffyrZ6AYgk4PUgEz84yCV63it4/DQ7RSGMYVQ9sFaBwKKwIhaefjiyi34+8"
    "Ak94sdgSuD7rzq2S21wsKjrPVtGdqqzNOqbWxqatkMojJymotg6uCm8JgKkX7yRHtEvJwG"
    "D/ZdsYiOkHWlUI3KTaUquiSCHocleWyhjwXy4v1xTDhbSylPeS0cpSwQJd4dpSgQQB0dpS"
    "gbJTW9WWEsbAVN/774Kvr0nc771L9TQP/OdAoyxO+F8Hg5uT/gtE6HRhMFiFjtQkE8LECo"
    "uXUYINFt10+wMe/kfwZIa4xA/R0pZzBz3ecW96qTN+oTeAylQtuO6KPUvu1U+RYM25SHAy"
    "Hgv2+lc2UU9dYWE8foH43UFGmBFTVasuoxu/Y+Zy4nebl9mzcHMn84xe5qlu5jHPvSRFXX"
    "JJ0RXFERcU7WDwp+VF3xow+Rpjd1kYtb61OoO+pNZDNpID14i1yMQk+Ypf+RRl/mpq/Zko"
    "/ecl7HB3C7OOnmcaW/0nMzJ5FNn3v143L172vzbP377jOwm2HZMISk0SHVZoz/sPFHErJI"
    "48ndgI5qaEm071xE3qo9yOubUbvNQNJo4hRmtwzd+Su8Rbdc9Pvu4XXbkzpprrTM+RQU9Y"
    "d4gVnw9Fdaqcg5VzsHIOrppzsLOYbjjqYUo16mUZdYmHrq93yV1Lvcq2N3BWcXUJEZsbk7"
    "jdF5cL/btUJ+ZMZNBkgzOZ1SS6FPdKPU2Vgldt1mlSkj8bpWMol44BKqFLHcGThaYASZml"
    "pk11DW/fZkoY8DYlYcDbqJyCF5L4wGSE3eYVRPcskxR4liIFnsWlQHZHW5qVNlmPEyDZvy"
    "Jn92aBnapcDpqV5+f/B4rM7NQ="
)
