from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "webhook" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2000) NOT NULL,
    "events" JSONB NOT NULL,
    "secret" VARCHAR(200) NOT NULL,
    "include_personal_data" BOOL NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "webhook"."events" IS 'Values of :class:`WebhookEvent`.';
COMMENT ON COLUMN "webhook"."secret" IS 'Signs every delivery (HMAC-SHA256); never shown again after it is set.';
COMMENT ON COLUMN "webhook"."include_personal_data" IS 'Whether payloads carry names, e-mail addresses and message texts.';
COMMENT ON TABLE "webhook" IS 'An HTTP(S) endpoint that receives signed POSTs for the events it subscribed to.';
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "delivery_id" UUID NOT NULL UNIQUE,
    "event" VARCHAR(40) NOT NULL,
    "body" JSONB NOT NULL,
    "response_status" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "outbox_id" INT NOT NULL REFERENCES "outbox" ("id") ON DELETE CASCADE,
    "webhook_id" INT NOT NULL REFERENCES "webhook" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "webhook_delivery"."delivery_id" IS 'Sent as ``X-Roost-Delivery``: the same over every attempt, for the receiver to dedupe.';
COMMENT ON COLUMN "webhook_delivery"."body" IS 'The JSON body sent, as built in the transaction of the change.';
COMMENT ON COLUMN "webhook_delivery"."response_status" IS 'The HTTP status of the last attempt; null before the first answer.';
COMMENT ON TABLE "webhook_delivery" IS 'One event for one webhook, sent by the outbox worker (its row carries the status).';
        ALTER TABLE "booking" ADD "source_id" INT;
        ALTER TABLE "booking" ADD "external_reference" VARCHAR(64);
        COMMENT ON COLUMN "outbox"."kind" IS 'EMAIL: EMAIL\nTHREAD_NOTICE: THREAD_NOTICE\nTHREAD_FANOUT: THREAD_FANOUT\nWEBHOOK: WEBHOOK';
        COMMENT ON COLUMN "user"."role" IS 'CUSTOMER: CUSTOMER\nGUEST: GUEST\nPROVIDER_STAFF: PROVIDER_STAFF\nTRAVEL_MANAGER: TRAVEL_MANAGER\nAGENT: AGENT\nADMIN: ADMIN\nANALYST: ANALYST\nINTEGRATION: INTEGRATION';
        COMMENT ON COLUMN booking."source_id" IS 'The INTEGRATION account (the booking system) that wrote the booking, if one did.';
COMMENT ON COLUMN booking."external_reference" IS 'The booking system''s own reference, unique per source.';
        ALTER TABLE "booking" ADD CONSTRAINT "fk_booking_user_3a833139" FOREIGN KEY ("source_id") REFERENCES "user" ("id") ON DELETE RESTRICT;
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_booking_source__937b57" ON "booking" ("source_id", "external_reference");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_booking_source__937b57";
        ALTER TABLE "booking" DROP CONSTRAINT IF EXISTS "fk_booking_user_3a833139";
        COMMENT ON COLUMN "user"."role" IS 'CUSTOMER: CUSTOMER\nGUEST: GUEST\nPROVIDER_STAFF: PROVIDER_STAFF\nTRAVEL_MANAGER: TRAVEL_MANAGER\nAGENT: AGENT\nADMIN: ADMIN\nANALYST: ANALYST';
        ALTER TABLE "booking" DROP COLUMN "source_id";
        ALTER TABLE "booking" DROP COLUMN "external_reference";
        COMMENT ON COLUMN "outbox"."kind" IS 'EMAIL: EMAIL\nTHREAD_NOTICE: THREAD_NOTICE\nTHREAD_FANOUT: THREAD_FANOUT';
        DROP TABLE IF EXISTS "webhook";
        DROP TABLE IF EXISTS "webhook_delivery";"""


MODELS_STATE = (
    "eJztXWtz2sia/itdfBmnlvjEzvWQra0iGCfs2ODBODlnw5TcRo3RWrQYXUyY2fz37Yvuag"
    "kJBAhNf+Ei9duSnm51v/f3r8bcUJFunbZtG05mc4TtRgv81cBwjsgPwdkmaMDFIjhHD9jw"
    "QWfNYbTdg2WbcEJ7nELdQuSQiqyJqS1szcC0fRsDZ6EbUEUqmGo6AifkNELYmhl2E9xcXL"
    "5oAss2THL6YQUmBrZJ12AGrVkT8GuRM7YBDIzAHFkWfESn9MqqMSGX1vDjLi/iYO0PBym2"
    "8YjsGTLJpb7/Tg5rWEU/kOX9XTwpUw3pagRWTaUdsOOKvVqwYz1sX7KG9P4flImhO3McNF"
    "6s7JmB/dYah/gRYWRCG9HubdOhEGNH193x8FDndxo04bcYolHRFDo6HShKzW8gONZQlP5g"
    "pNx2R4rSSAyiRxGC3D1EoKQTgNyqxZ7+kd7Cy/OzN+/ffHj97s0H0oTdpn/k/U9+6QAYTs"
    "jg6Y8aP9l5aEPegmEcgErHlv1OQNuZQVOMbZgmhjC59TjCHp5ZEHsHAoyDub8PkOfwh0Ke"
    "6dGeUWRfvcqA9Gt72PnSHp6QVi/oJQ3ysvL3uO+eOufnKO4Bzu4bwoEqgHWcroZ4n+XC+y"
    "wD77Mk3pb2pwDn1OXCa75+wTgGeEtZM0JYzuD523dFZm1AUcP5+u5Njun67k3qbKWnYouD"
    "iSgYCrSTIF+QM7Y2RynLQ4QyBrbqkp56P44RevKA6gDrK3ffzYB+1Lvu3o7a1zf0cnPL+k"
    "Nn+LVHXXrmnB1dxY6evIsNk98J+NYbfQH0L/ifQb/L4DUs+9FkVwzajf6nQe8JOrahYGOp"
    "QDXEInhHPdQio+6yRUohviZKtNFy5d5bZUa45NXKZVvNYrjGqCSwHFjKjE+fhJyjh1gS5E"
    "siFmiP+Fe0Ylj3yF1BPBHtr66kdGehPNtCxfD96c0h72hwiyZc+gJMfGqRxycPjWwGALkH"
    "0L+7umqIVoYSkL0OeqonuNH1MIJtp33baV90G2wSP8DJ0xKaqhKZzfSMcW7Ejvhtk6fm5/"
    "P4EYjJ9VX3Qehtu9B/Mown/oQJzYB3qpmlFngINVqvEwC0ORG5yZv0rE1QCyxnRpN8QJt+"
    "ItwEU8MEM2MJ5s6EyuhYBZptASoYCqT/rbsTyPnfG5bhmHy2oh82MjHUFRNNkYnoHP49pg"
    "f43liYxrPmrjBkopu2Rfkc0ux7Y+JYtjFPnJK6g33qDoKxKyAaRIjKkQ4OC3JENnh9nkM2"
    "eH2eKhvQUzHhy4a2Y4kR7mJnntgIooKYT70/QawxuBn1Bv1GMcBdqhbg32PcGfQve8Pr7k"
    "UL+D/J0Xa/0726Yke9n7Tt9c1Vd8Tbuj/ji1o+1U8uzU+G4kcwfO7ilBjBbMkuQlhDwe5I"
    "BDkPk0xJDmF1kyEOkckBrvQA0yFQ/jRwoZ0uQrTH5fdu1Cm69o5mCDwj7KBfLEBvG9Db/g"
    "j8NYjxd+50BdBEnulHw4BcLck/ltDfnlVwBBBbw5ABUmCMY2R7HOWCQ7ypbj7XjniWsSWe"
    "JffEBZkF2kRbQGwTKB0sWDhTeXMh7f609meVZtVDC5ZhE+FqYWoi5vwCTbQ51FNWrShlfG"
    "PipKduF/Xali66nd51+4pM2Sbn0MkWpHFdgjfT3wgMe/O5ZlnCdSMT6CjhYXB+dSwgOyaV"
    "GVeFLKchmj2uy9274X6W5td5JM10QTMO8dRESJlQIZIAQO9MIYurphflaTO6KYHHraaSsh"
    "YsrjGdIlOhixKiT5cY9hH6kbIlJylrwAZlDW33X6PIqHpv1cl1+18vIiN7Neh/9pqH3sLO"
    "1eBT7PWDGOorwtkQHMkdJ+H/79tBXwx/kjL+omkTG/wf0DVrZ2xR4z+nDp5QjMGDo+mEJb"
    "ZO6WX/q6ggcn//F30M8IRWLfAMdQf9vL9v0l8aXSZUAB/JEFk2sImEMdE16nRGZh5hB1dE"
    "1CCX0bBG+7KSMkm5XeefLnTksqdLfGbE3m7aQXy6CPTnBbZGMfVGb+1+VmQmULoGEWCtLB"
    "vNyZgYSwz8J2gCfg9ggUzADQ1iuXSzbqRHSFU23Rp7hDgLdcNRj1LKUa/KqAtYL/fuQ+86"
    "22sUd68p5rYipJXOK0mFiGcwLghvlEp6hwqQ9az0xZCNUUlkRX633PmiGLBRIomrCFfG1h"
    "WENUxT4QWWsbjkkbufh21qRwdwwtTk4MRO8L4viKgDbbA0DRuB0Okm0KYscEfV1AQPfRBf"
    "w7An0JYecQPzEWLN8k02R/Yu5PWLi62vEce4IeFYhr3OqCFabUqA+DboqaboRhfZHOCG/d"
    "X24yx7rNDGWK482EZ44P0vERXjnHMDLRId8qwTvhNnnby+d75v7uQCmy5fYWYmZcjTnabD"
    "waN0AkxmED+KdNafXPLLX4dIT/ORiLpEs6nTYR3WaI2LeZpAVdcwUgg0mPS2JXAXbnffeG"
    "91RY0DxNT2WwLGpthX2lFdsdLws0G4ky1x6vFe6gpSyJFoS6Bugp7qCpaF9KniMb1ktXna"
    "ErJb0p8rJVyR3uoKmz2jWustsRqxTirDKG2P0B6CrsJsRHr8VYzZWBuKpYT5HUaxNi5rQJ"
    "g13h4YUwB9Po/1xK3QLWDoahNgtGx6UVY0vorMHcN5nJF/2mTG+sBIT3KVu7iAzNFSrTgr"
    "w+N8kthmeOWEiSps2q+sRw55X4qjHiGqRe6LfcPuLkRJ0PMFvIXIqwx/49Ng8Guv/7kF3B"
    "9jfDMYjtpXLcC/x/i2e3VJyIdfe51uC4T/kbbDwdfeRXdIWru/xrj9udsftQD7GuPf7ogk"
    "z+LpvF+kx3/fjrrXpC/2nVOxv+P4OL53beToEqGULg9VcXnI4+hCeCajoME4TFJh+9vBjJ"
    "oej1oI1CiRNBYLcA0cP4tBm6CT6IqcR0LhXMX8RxKEclFYa0YPpRTZ0nYTymByZDM4r40k"
    "ujSKE8uI14ny4GWtLyId1xTtxGqZwxC5iOpdt4S8mBa3YutGbq+QxKqZIxsV47zqZu8tHd"
    "owf5oC6kHzUMXXkjVq0eiqk1c1Gl0E86StonNEZWmjXJUl2eJ1NKHxODTDlNu9xZWbrgVC"
    "lK9q437EiaoCD6YntEqkppLqz32qP+kIJFBND25ym1dZ+5Mf2h2HGZHndl/ovNGGAcVxRx"
    "mOGwiPye9x4/T0dEzajBtTM3ZARaEDP+/vE8vOFv0cOH6QjZrwpVqvYvVoq/yGMd10C9DP"
    "Mb7pDgkESr993W2B0J8xvup1uv1OV7m5ao/IuchfQvdl0KcU9GuMu9ft3lULsK8xvmAEF6"
    "xd/+76E9XF8u8x7nwZMJ0t/66GntWaGJuPuE+8x8BuVy9e9NUW6NXbw1Gv07tpU+146E81"
    "xsVEfziaiQR8A+HGdASxeBkOk8UGhbA6O8sX4h/Zr6GJjOVVZAn81Itbktird3IWyyiSVD"
    "iFhjM/pxYlkoomkR7PpiHlRfi0EEkdzNP7qCEyS3HrS2fXQiTV4Nfo9Yrya2UsITvhosj5"
    "FI1fut46RLI/i8Cu8jzJiMfq4pphB5ChXqWEeuVIMB93dJBREjldZ6Wnfx6UyJ1aLCfRdk"
    "C5b/Fvbm/VQSuSsIfrdVlkFEsXa7HQKIitJTJzhinvyic5xVMeLhaCkbmGeDUy6GfuRdb3"
    "lm8vFpuMzkH1wxkrLXtAJWaGSD6uSWcwUv2GSNWYAcIbAQqxYbKRotpfwTC4y7c/oG4zd2"
    "qxbhImSNdBOtHd1ONChJsBOa7Etfc/Mw008QgugWVGEOSVbpKJB5jlM8XQN80lAI/aM8Lg"
    "/t6YTi1kKzPDMa37e/CACMoocDL/xQI03ePLcLpH4F1dHABZ6hXGeIzvgmxdJ36UJO/1RY"
    "stEKaxBJoFiPCBTJvnmKaHCRzYglw6YWsKZfbZkjLG7l02gWUACz2TsdTB0jCfkGk1gYnI"
    "E5HFh6awJosQS2lNFiRN19nTAfSD9KqvgIGzLEwhV4wwBtLUdFhP+/BQ5Ic3TiZlEKEjHX"
    "9tk7hm+/mG6Y7Hy5etdt6tswXHW/qWkKwdD4YTjfwmK90crsDceEaAbnbmC/ECun2XNc5h"
    "K7Mmpr/N9XUml57Pu1mw612flK2mPBLGK1DP+cAJNAl/R8vZVSP3lXTa3Z3Tbn0LbW4yvf"
    "PSlF+q89A+kiFNoUD6juoR8/pC+mGg+WRvXq7C5iHbglhuXnEznCuI/KW5gEI+veIRLa3n"
    "dYJs1Psz7J4tpdpDSrWFo5gPEMFcm0IOMod3+jw/ThlEIHomDDFSBpHRl8eHroy+lIJcPQ"
    "Q5GX0poy8rD/Oa6Msc7kS7lIG9fI8CATiUCjJd+tVCjdYH/mHgtmfCpy+RfgRuzjwAbRtO"
    "ZsA2gGYDXXtC9KcXxieIACyhQ5n3rFpyK3bmD6KU6ek+5QFFOZLrYeGNlvs8z+FQ/vo8ve"
    "DneSIkyIa2IzBz54wJ8qn3qCS4GLYvRwU1BZyoBdjXGPdub++6Fy3Av2l4UO+CxgX1yO/B"
    "1+7w4q7bAu6PMe4Muxe9EW3v/cppE9hx2JBmWc5GSoYIoazIWh2VQtKuqZK9iI6EeIhT5N"
    "4QTdbo1mpk6WjJgtHrd5A8G0j+gtG8UDyc0yIGgim6vsZ8QCqLn2cVP/dL+SzgynCKYi2g"
    "lnBnwS0rMVc65k76eKUv98dpX5GVcf+Ooy6tatIwUSGISzBMFKudRZ24y6nQc+U6x9cE8Z"
    "iVYTVHJVToYb3UFSRZZmbfZWbCb166vcR7MdfaTBQvviVfQRkW/0H9+Hybh7guTEo7aeao"
    "lplDZhEp3WkouI0Epun6vxhZldPbbaoBzJWV6HVGVqLXyaxEfzgQ25otULVm6qXCZIdRSJ"
    "3tdkfKVEi9KqCQIg9lKwtTmLAlE+Io4WFAPpBFYBPF3zO0FVNsb8lCOUz2t9Osvi2iWN3E"
    "VHBoI8ERzV+PmSzGpEWIpLZkvbYk5Oe0pbakfhV2mzFtSXR2VcnbzYvXE0hvoVC+dMktFD"
    "mYT2jzAupY/BWX2JuA+yshFTzChU4a6Cuw1OyZl6KEtRLLdtt1J4zksn0NgIX+aBD0wocW"
    "zoOuTRT/DHTIjGYc8UTXELaVUHSfjPY6pDhJhyg/qm5rufCLwiOCOZ8f0ChRhcMiWGwoXz"
    "HY8sC8k5EFLISYbHTeBK/Hzvmr83fAeCZtnjVLe9AIG7IC7asrYGB99ZFdljncYsNGArfc"
    "HV1jxwP/RJAWaw7W+0V6tHv0IPICEwsNfig/vqhWaLt/+43mtOff1awdGsyWTQcr2sMeh4"
    "zM7qIjRkha9K0YYzJhu8M+rRXr/arGeDwYqmAk0sOMvfa10LTtO844yXYJ34EUVxgRcf2y"
    "sJdfMEd6H6VDf5x+KLnKFTNhp2C94jBNhdnAg3HXXu7iYrDGqCoMLON96bSa0zsB3o0Tcd"
    "3jsnwhHlpPVpNmXYHYZbiCUyy9cZKz3s8Ycfm/2AhFaKRcuV6hGChZttQn5nbhqBrAedWJ"
    "kam1Pig80FFtCWzNK5eGd6oc9WD/CKWJ3xLY4onn67B2l9/7hiMf20wLp2QLvWosuLoEV7"
    "2231FlJkO5znrx7Oxb4iXIDF8J0MpLr3kQB7+B+QixZsG0UsmR880sQ5ERb5mjKLIXswVO"
    "nhGmo2U5iwUR2c0XbCkAXHwHE2O+gHglKoe8QQ/SLbBadhz2nYA1I/eB274W2rQ9VNM7Li"
    "X/BivwzXDwtXdBlfjerzHuXPW6/ZHSGVzftPv/boHo/2qokf2I1W1GKNFJhbWbja/dPs06"
    "wb7G+Pbu5oYMCxk371dFxkWHKf60OYbDpd1nAeH2ba9T1MjCiFqAfY3xzbB73bu7pi8Q+z"
    "HGXWpwuRn2bslwBb+rMT60mM2zYMvILCQcEO2xjLC3TR9tFeFnZGrkEkWrNofJZNXmAnhT"
    "k4jypyEqHpPOEEWI9rjw3I2KLjuVMW9FMhgoQVrAzdMgxDupRkaETaoQNzphmUlDVot51C"
    "FeocxGP2xWEsxeGkA1jcVL1Vhi4GEBWEqIZkJSK6HPMb6///7XuPGEVmPS/7hB0EI6/0mZ"
    "nzG5zrhxOex2xw0C9bjR+TLodbq8gVsfmrb5fnp6+vvP3+/vC1YJklkepJ010q6YnTVhGM"
    "mjbnT9F7zsjdup0PIHrR+jvtEVhNS9g1W19yYXWm6Nz3Lq6dYVJFdrqMi485wvnymhWgvV"
    "HFEv4S0RqpehtpiFQ1yDOh3PAUYjg3zkWc4K1p8+JnyLGIUc+8H40bPRvCEyCQVnm5kGId"
    "YunymIRvqQDrRnZK6o4caazJDq6EgFvHJxE0x0SNhYlYkJnmmNFgJ9WAHo1iwWBxCV0+16"
    "o9H3UKZgmp0UutWgpCFpX4ak2hs6utft3lULsK8xHn0ZdtsXlIBIuS0Q+eufvWz3B3cj/y"
    "z/O8bfup++DAa/toD7oxqK3SNM1H3T7V/0+p+LqlhcshZwf4zxbbdPhol+jvElGV+aipt/"
    "j3Gn3e90r9gh/2c1RozIW85CeUKF8g9HiEoxV+1iWWvcsd7BcqbpCFjIbrHILos8OSD3Dh"
    "AmZx1ElVa0GMMTQguLVRM0jeUp4CwsjeSiUhZ4dG0Pkd2p7AuMMaHXTEZMeSfSmNCphKQJ"
    "LIPsZ6w4tu+lMoHY3xDJSYyWtHdh2FlkFp3lmkZnGfPoLDmRCDex0IU5KTL03iGaGhTwi+"
    "m884D8Lh3jd0mzJlzphsj/Nl3DHSKphj67Vhl+oU1nsMiRMD3YIkQi82El8mFxtjsBZ7Yi"
    "PaCqoRL9SJTmHiaZ0Um6MXlCquJgW9OLDnKc9mgqgjTarhgKZgaReBiLQBgAwJ6E/sMfwQ"
    "JaNtDsJpFiDSqdehRzuAI2fEK0EBQNOxc5UJbbeZ1nH8FBQaYpCrRID/2NUtWAS9l7+K80"
    "kP5NDKRR8xS2NxjyENnRLPB/y63cRBNtwUzbhTShcbIKR8VWJejShywJswwPjASJxSdX0S"
    "xuAeZL9DAzjCfFNT1o25rZv/H+LlxLxhFuVQeJbQrX2hXYsWKleNMNWbEKwLkCm5BpGZjy"
    "xwQVlg0KaDgo1iqMZMpBIkOXqmVxkhnNS9bgyFiw3caCyUJDstBQxdiujEJDhZguDvRkBv"
    "HjtvyWCzobog7rsD5cb2Q54BA9Q93ZFjKG1VfaUY2g2i1zyks1CRlTv4pTFlMaNFrLkF4b"
    "GK0AEXAQESBUAB/JU1p2Zl2dfCSSIa0WQypLD+y4RDHUNlFFh8hqqIeuk2JyTtYxo1CK0Y"
    "BirzHf/V+V0bDdv73s7qmq+ps84sibdGkk+TKZaIpoIfpCEl+EqAb2tCjIH/KA/CEd5A+y"
    "WMphJD5ZLKUOxVKGCKrXkLo3NAR8eehsJmvOcjfOg4Zr2fMvxpKcoumqHIv6YkALMOfOoO"
    "CJW9mEVxig+mFjyg7Q9r9YADqqRtfEJBtfbtfCciqOaxVy03vKoiiHFACYvwmbgMWqeSTo"
    "pG46rptm6BTn/UNkNeT9j9QHRSALpFSbljmhy32L6G5RDNMQhUR0PSfqbcf78fWoGrh5ed"
    "DQpFqfX1smLs8La47E5Yfj7JE5gjrbqYSsvXd6LW9P0xz4Ldcy9zQ/sOXMeQFDl6lmLDiX"
    "ECxeECyoW2h5HLnb1poYCwFjX163W+jwK7CY15qbZy+TbdhQEO/wSXvM8JMM09WGlf/n+f"
    "nr1+/PX71+9+Htm/fv33545QOePJWF/KfeZwp+hLNM2ViLLFfrNmEvE8WOt+CDvhKlbcDl"
    "rf2xtB6C5T+Z+CN9BwgnHVGg27pArnO69pIuXrpdANJFCyBMu1dZ2gkMoDrXaG4KA0+1R8"
    "fkx1lZSbePrEzopfQ/xmN8oVmEiGqEeOgxC05Gtk1za/FsfeTATLNsw1x95FegjZmlmGxF"
    "9DhiVHNpKq7g3uJOCcHGkpXZNUQlE7sWSOyKVM1W/JIYM8MRZYBKndMp1Pvb2NnsK5SqhN"
    "yxBSa6YVEGVLMIW4pXgN05eEBTsjSw5cN1/gJkKzRtQQGZzbvZsRoDzaGmK5bz8L9oIlAJ"
    "pofUJwiPN7C+cX//15isCDzx6unpKU+1OjVjB1QUOvDz/p5sFvOFvQJzssrwbYXdxkuybS"
    "wNUxX6x+/2UgdOBMDnBM2CW3wmeVTHO43KWKl3MiwmmtPnN5XNtkoRudwzC+yZPoBsvVf4"
    "eu9vgwW2z/Ud7W8nfX9ecJGlih7vAcCjQVhqmp8uYzOkzALwHk6sONqyv50b2tzhKroiJg"
    "jlolj+XsUXsw0MoVFKGZ9dHdNn0g3SWagbZl2IUkqLd4WHPWHx9t7Qh1UxpX6CTsblJ3c1"
    "P0V2IWhjVNJmss78HczFEuy19U54kHhtC9fFzTKBeDN3azNIvATpUc32vGMRe89LMIlEdY"
    "8UHO9kYkCuCd8/MuhnziEJB0he+HWP6jQ47EGVmJko/bFNGiBJXiVRZnpqJOKgGyYbOZr5"
    "tuUHvrKhUP3e3AngD7PbON6h28yemYbzOEu0mHqbiXAikeNKYqB+5rWhXWn4qZFtRGNNmr"
    "mtaLrXPJczBZNHKQn1faD5cF0gWwACE2LVmAPbeEK4CZgJSiVt9BWAFqCq5Bm0ZmKZuJxu"
    "pZWrWlYuNmQKHZ4kuBmZhSNU5UQZHRbmHdfTQz8WGpFDNtEKRChrKC8er3yYVAtMocY1OI"
    "UTFwsoa+OWVJqI6CapLf4SRQilZq3Kr5CxINBvMsYRwqMZ48alZlo2sJzJBFnW1NHBM9Q1"
    "lQlz4CTscwQshCywnDG+iRkeJg7htObkD390wmi9SLJuO+i/xrNPZtNNX8yPU6+bJ5uuzP"
    "ols34dXqVSYtavXUaKeDVNhRoOv9RglmYjaJTPLVh1JjaA4Y1K1y1wAsEcIeptC0zDmDdp"
    "yLbhmPR7ZthIp85uK8GGWE6XUo9RLT2GTIy528SY4TtLwJxe3iFGVoN8NFlsj6zvIDnScj"
    "jSChnDDz3Iu+VJ062whZnSbe2wR8KZZllih2TeD3udUb6MtC6PW04y2hoh/jOZgjawf5aY"
    "unc7y/QxgEfu1CoBNFeu+c3trU5o7UFS9GFLlxjDyK6VHJU/wq1ziJBee0A3aarHxFH1Jk"
    "8AQFWfoXoSXpovL0xUs3g8qDlHqkioLP8iNMa0h5+hqUFsg5PJDFEjBiCXsOAzesGr4UJs"
    "LUnvbETAA9INGnxqG0GlXD/MFau0ezjGC2S+9K7P6D4yc77bEznr390EYmzYpJGuU2GZ0I"
    "VKfXDa9LRnITmf7x0y8dlBDf1ERhMsg+nBAj7B8QYJbBoVl3i9t+jnwOEIkxlLJUmGw11N"
    "8w5/gvCIp8GA/YI64E/jrboMil/Iksse1WJLn25MoI5agI04H2DyA5MFkg9t25k4ZB78JK"
    "Ob3AV2eJ0DTyNZyKdkVwap1kmHur5qHf4MhfibMEmVFTrMRzTCVpK1D9ogSHPicpiJZXM/"
    "L5wnPBQCP0pUZfirok+Lc/2bq9NCxsQjgzivJi06u9anWfSd1suxnldWB7T5UlKMcsNhC6"
    "/Im5fjmiPLgltX4rrmveQYuz25s9EBoFvgnN5JoBSB4Lc7snn2Bn3gPjiA1pPVBIZJE261"
    "+7ffusPgFBujZLqbCum2RgjOGwKFFjvezNJi2V6LHJor2pZlsCSDa1tgqdkzsEToSV/5eh"
    "2ejkDDLMzCWGJAuT7wpyFKbVBGh9LxoVp6HRr/lEA13e/BbV67kI3yq+9IjxIf3LPzPOiS"
    "VqnwsnNRfOmyotBlpQjIEaI9epPcjToFlU6VCT2C+hKuLIX6cAt4jawETTFKmZupQG4mj7"
    "dPyWSYrndNEB6x3pUpN+cG05t//z5uvPpn69Urrio/4z+pTej09PTn/b1nMKMcyi9WFhdT"
    "Wq8H0KkmJOc8ooKboHw7SSF3av1qxjaVzt2HJTFa2amMsP+6JaQWBvl7DxkP6aevmCiMP5"
    "TIOh60T0mSgfqMwJOScsXn+/MhXVzjs18ksPnvRYbIFrTJIbQRJJ/JfOIhVtC24WRGRGHb"
    "CJv9zczawhv0QZ0F7u89b4P7+3/c33uOWuzPRNeIxEdGeb4g85ksjNDNXscs+lQ3Almv9C"
    "/NfL3QyPWmpjEf43ACWea+wHwLSM/Un0DDE91RaQFkrAKyAkIa+c9aaTY9b6K58YzUFjCN"
    "Ja+pwKowWKzbeRNYBm/CMmPzXsmduLoa12cCEjaE3YurzKGNyLeRUXUtJpJ+b3jI0Paslt"
    "fCedC1iULGUnvW7BU1pxCi7xGHwMyGUUQzm0uJeJ8SsTujxWJFFzvzxGoetVsG5FUW5Rqd"
    "u9vR4Lo7bAHv1xjfDAdfexf0mPdrjD8NRl9agH7mNLxERb9ckl+G4JeQ+1JzQqdLfenZoI"
    "8xgmAP0RqOSRCZpCiG1r8CIfI94t3rXw6KShiUpgXo5xi3O1S/rAy7v931ht2LFogdGOO7"
    "4eduf9QC/HuT1yGXIiRDD5JUgxABYWFgcT62dYUTw5THE/FOTfvM49B1j6G7PAJ8zpGFtx"
    "kfN8KOQNOkPAoE7jO/fFgB+mACF5ySO69xrDt5+W1n420yoN7jEjG46faLLhGUpgXo5xh/"
    "a/dGvf7nFnB/jPGwezu4+kpXC+/XGBMB/pYe4d/VWCYYb7lBydqqV6tt3CLSN5lggBdY9t"
    "5bevOePfAjL8CMfvhHXBnh/t57RvAf4EzkkVd677vOcEOvGJYdCu4JInrpIlaVZTmPi1hY"
    "iNzgfY9SVve1H3nxCVPD9N47K6KQsMi+ffKsWdqDppPJDNpXVy8+gldM0UDvFjjY1nTXwd"
    "a07JQSkOVfYx9LgECLsMlKIO7maFjFUoKyK/T+52LLpGfw33HZh5alPbL8ZdQzp5iXqpBW"
    "pphPLq0+UCHDQ1GMQ6QS4iTEh0qlVXNYo8aGYugKaSXI6TE5Rct7JOgkuAJwXQNcQWijVB"
    "LYJLCuBbgYrlEiCWuVytHUENiMgKFDJIWsGMJ5A08yckIGiXcES0MJ2PaCnuqJbXRBzIFt"
    "2KFkS3DrXUUptoXngPZwObmOFOJ8KbnS5QkJdN65LBKlcsAd0R6UgLYXZVZPlEW6lpTSa+"
    "kqNLku50U5rDXMAXMg7UqI1y0XccVA4QKCh4sXrpruP1e+P2ofUObQfBL68xcBakh6umYd"
    "1QmrnUZEM2ftEdSZeSbFz56fbq53tldsv+Val/tbZ26F/b2gav3CXTysqPuHxSzB1DuMGo"
    "BX4AmtmKnXmpGnFziPlNevMEOeG4vLWsnseH/bKOpD63cinmsf8niufUj3XPuQ9Pdm0zsB"
    "7u2cvODpiXc8ojrl3Hl9/v6dP3Hpn6w5e3vdvroSqCW5R4dtkPVRsMNpj+mqyRhlZX2Dis"
    "L6z/Pz16/fn796/e7D2zfv37/98MoHOXkqC/JPvc+9fizgVxDZa8PpdJMBiBFK/PPjXyBs"
    "dpcsDpNWBLyNJ8WkMzWO12J9/CAGcDIxHGyfgs80Zw79S7h2lryXV9jlcXTRcMAmoJl6YU"
    "Cc4GbK7FgmgakW+4LmUBOsRukMjE9Qu0Qw52/zZNAgrdKd798mcmjIXDC7jVdbzArmgfEJ"
    "NkK4YuqkXWcy4rmGxfCuD/QJqPcY6MMzzhRxKKdBPgiP8eWQdGiO8UW3BVQU3wVzzfA88z"
    "t9dh91nqOuYxIO4B830NSsoiNwaZgsbs5iug/6BCyNHHpJ9xoLnPTa/TagqIiq1Baj3XMK"
    "JdPY/PXxaKu8FQhjyRmP2OKsYhBZrtyO2peXQXw5/z/Go2H7a/dKuSbj9Jn2E/0/xm0eec"
    "u+yL+L6x55X9kX+ddvX/2bXsv9McaE4+l+HrZppCaN7vX/bPQ6lx6Lp1nKs7YQCH9ZybQC"
    "IplHq0AeLRa6Inj5shOX+UR7xNpjeY8Wahl4kr6i1DfwxAg5bhTzdRRQSn/Htf6ORsxRRv"
    "rd5DCkC6baFnUHeT6tOc2AvJ2RuO13VB/oRdE8skJjFkikA2QxN489o7XHlO4hHtxTBIOT"
    "cGI4a0UgmL/gGdqWpmHz7HK+ElmbMvu4qiXt7FtAz1GezCDe2jMmXBShwzqszAiUO13rWX"
    "igXIwMx34wfiiEVZ5vidOA9dQjHdUUKulylR8rhOndq4qF9KniJXqGi8XW5Wn1qVstp71Y"
    "1HSeBU7BMhvyGqiIzGDaEqkcSPmxKRKqrd1Fo1sCxdTz4BQjOsBoZJCPfBsDMn3X0RqBm5"
    "aSPMilHYGucELynHEi1bLnZygFhAnJvYeMJyQP53WPpiQPxZXEU5KHspVvlZKcK9oyvYm+"
    "oYcZEToaAoci71Qzy6doGWqUx63oy2h0c3L7AiCsLgwCK5fVTDRB2jPNhcW2V3AzuB1xf2"
    "Yqv6FnVidKs4HlPNAOH5h7kNC7qOz+pZNRtZyMHLOQi5HbvMp2z81dYHL6wGQ6wSTsivxl"
    "SGKcXiwmoKhGlRh6vcJVYr5C3UEs0KI10Qmb37p3l78ufTpBUs88BAeul22hiYmK5Tj3Ka"
    "r8xjRuySpu0WXbXAGyI2nsx8mX63bn5e2X9vnbdy8+AkxPA2tGiwfCRzIGAE5tcoRXhLCQ"
    "wDm1vG7377zmlsBQFoTZoNXfFbqCFrRYp/ZRbWeBxrcZ25vBAq50gwhQLJv2innqWE3XfQ"
    "dAVSWviuU69/hJdtEPO1nis5wepauCdFWQrgp1c1VwFuqGox6llKNelVH3MAoNu68bKVwm"
    "z+UbhKV/iqjxXGbywmVDjnA2HCT+Ow5bulojjOxa9Yaihluv1XMMsKtU8EOy3X6ahEMkRx"
    "9WTO/ADXxgaVBzEzihpa5pgTKvFgircMYKXAh8lXdzCantqJa2w5t2Qp+4u7vehRjeGFkM"
    "Z8fR1FNKXBWlbOOWzlhIi1386+XQICv3S+/tvL9v8UlKM+gbVPTi4hm0bTRf2E1fh+dq+E"
    "waNqgi1VkIyvLs7jL5+U8m273mO1l4j2LjIdDEFJHefYIqC++VCUh6MFSBYShdzeW1r4aS"
    "a6NSyNSJij4goM/C9okmfR9Yp36RYhNiC/KruWlHuGuTuLTFdt0dWEHGa21ZSEmrQpW6gQ"
    "koK+x2zEaKWkbczT5Sgchd4z6yfsEDIksdCoqNADJ8S2SKB3/7LveUTFuK6HUR1nJFE7iO"
    "c4XiCMI0dcr3Utq75IlChWCNEklc14dmhAzqW0ZlhOz3RwZx3oiM6OwSukQIFoYSoC3kUH"
    "us6EaWRDG4h8mA00amNpk1BLod90wzS6UDgzbrFDnpkEpFSbUUJUQkt4SxbOnScoikhvLy"
    "+du3uTLQvM3IQPM2LjLDhSDgPB1ht3kN0T3LZcI/yzDhnyVN+OSKtlDjk66TCJHsXy2x+y"
    "1qp4qAg6Zz+/n/jaI6sA=="
)
