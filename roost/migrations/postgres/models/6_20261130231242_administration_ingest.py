from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Three parallel changes in one migration: the index on user (organisation, role), the
# administration (audit log, erasure, team closures, archived questions) and ingest
# (INTEGRATION role, booking source and external reference). Statements as written for
# each; the state is the PostgreSQL one aerich computed for the whole.


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE INDEX IF NOT EXISTS "idx_user_organis_8c35ee" ON "user" ("organisation_id", "role");
        CREATE TABLE IF NOT EXISTS "audit_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "actor_role" VARCHAR(20) NOT NULL,
    "action" VARCHAR(60) NOT NULL,
    "target_type" VARCHAR(60) NOT NULL,
    "target_id" INT NOT NULL,
    "old_values" JSONB NOT NULL,
    "new_values" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_entry_target__6a1dae" ON "audit_entry" ("target_type", "target_id");
COMMENT ON COLUMN "audit_entry"."actor_role" IS 'The actor''s role when acting (their role may change later).';
COMMENT ON COLUMN "audit_entry"."action" IS 'The mutation, e.g. ``updateUser``.';
COMMENT ON TABLE "audit_entry" IS 'One administration change, written in the same transaction as the change itself.';
        ALTER TABLE "service_question" ADD "archived_at" TIMESTAMPTZ;
        ALTER TABLE "team" ADD "closures" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "user" ADD "erased_at" TIMESTAMPTZ;
        COMMENT ON COLUMN "service_question"."archived_at" IS 'An archived question is no longer asked; answers already given stay.';
COMMENT ON COLUMN "team"."closures" IS 'Days the team is closed, ``[\"2026-12-25\", ...]`` (ISO dates in its time zone).';
COMMENT ON COLUMN "user"."erased_at" IS 'When the person''s personal data was erased (pseudonymised); never undone.';
        ALTER TABLE "booking" ADD "source_id" INT;
        ALTER TABLE "booking" ADD "external_reference" VARCHAR(64);
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
        ALTER TABLE "team" DROP COLUMN "closures";
        ALTER TABLE "user" DROP COLUMN "erased_at";
        ALTER TABLE "service_question" DROP COLUMN "archived_at";
        DROP TABLE IF EXISTS "audit_entry";
        DROP INDEX IF EXISTS "idx_user_organis_8c35ee";"""


MODELS_STATE = (
    "eJztXetz4riW/1dUfJl0LZ3bST8vvbVVdEL3sJNAhpCee7eZMgqI4I2RGT+SZmb7f18d+W"
    "3LxgYDxqMvPGwd2f5Jls77/NVY6FOimadty8KT+YJQq9FCfzUoXhD2Q3C2iRp4uQzOwQEL"
    "32u8OY62uzctA0+gxxnWTMIOTYk5MdSlpeoU2rcpspeajqdkimaqRtAJO00INee61UQ3l5"
    "9fNJFp6QY7fb9CE51arGs0x+a8iZxrsTOWjnRK0IKYJn4gp3DlqT5hl1bpwy4vYlP1D5so"
    "lv5ArDkx2KW+/c4Oq3RKvhPT+7t8VGYq0aYRWNUpdMCPK9ZqyY91qfWZN4T7v1cmumYvaN"
    "B4ubLmOvVbqw7ED4QSA1sEurcMGyCmtqa54+Gh7txp0MS5xRDNlMywrcFAAbVzA8GxhqL0"
    "+kPltjNUlEZiED2KEOTuIQYlTAB2qyZ/+ge4hZfnZ2/ev/nw+t2bD6wJv03/yPsfzqUDYB"
    "xCDk9v2PjBz2MLOy04xgGoMLb8dwLaizk2xNiGaWIIs1uPI+zhmQWxdyDAOJj7+wB5gb8r"
    "7JkerDkg++pVBqRf24OLn9uDE9bqBVxSZy+r8x733FPnzjnAPcDZfUMcoApgHaerId5nuf"
    "A+y8D7LIm3qf4pwDl1ufCar18wjgHeUtaMEJZzfP72XZFZG1DUcL6+e5Njur57kzpb4VRs"
    "cTAIgKFgKwnyJTtjqQuSsjxEKGNgT13SU+/HMULPHnDap9rK3XczoB92rzu3w/b1DVxuYZ"
    "p/aBy/9rADZ8750VXs6Mm72DD5naDfusOfEfxF/9PvdTi8umk9GPyKQbvh/zTgnrBt6QrV"
    "nxU8DbEI3lEPtciou2yRUoiviRJttFy591aZES55tXLZVqMYrjEqCawDLDDjs0ch5+ghlg"
    "T5MxML1Af6C1lxrLvsrjCdiPZXV1K6M0mebaFi+P7w5pB3NLhFAz/7Akx8arHHZw9NLA4A"
    "uwfUu7u6aohWhhKQvQ56qie40fUwgu1F+/aifdlp8El8jyePz9iYKpHZDGf0cz12xG+bPL"
    "U4X8SPYMquP3UfBG7bE//tqWp1qGWsGiLlQHC2makcgHYK8Ruu1Q70mcCNpwuVqtASjqLJ"
    "HNMH1vTZUC0mTCCVIiZ7I5PdEcMUU5N1CO2wyY87zZFqmUSbJTUDZV9gREd0PNbZLH/Cmk"
    "3M8RhhOkXjMSXPwaEFXnLaLwZezn+9QgCnifRZqENQVMDIuEdH1MLGA7HQCUaG/uy19TqA"
    "F4VdxGnDX5vx+AVoLP77tt9DznU/IoxcDot3McfmiFIdsZt1W+TUaXxrhK7jjC//y2bt71"
    "LfsU99B5uJuqEYulZICo9SVVmmaQzZHOe3+5OJ4IbR85y9kfAC0gd0wuanajjHF3jlvYka"
    "u23jRfJV37KvNVqWXEqWDB1LXIpyFpmCw+pSVH5IF7bF19omIqcPp2zhspcg1QHnNB6LR2"
    "49SbaYm2eA3qUP0LvEAMXWwLyjFCOr8lBtqlHYFdSFtpAIjVSECUTLgElJwgpsgxjXKFVc"
    "R6NOLPR/SGPM1K4AbvznzKYOA3ZvqxpbvM1TuOx/NXbLu4swBZQi6hlvEp9ct/8Vn98XV/"
    "1Pcb0LdPApNiwBo1hkWKJUclhKHxap1UxfmOqr1XRY5UIbT5hEKt7WKt44XFLrtkYxFJ5U"
    "KSq3w+iFPun6o/OACaWQd6qZpRG6DzVa7yuCoDmZIjbWT+qEtJgIpzfZB7aaXJpropluoL"
    "n+zMSFCfhu0CkoZhAI0AKvkK27E+hKvjVM3TacmUq+M+mRYk0xyIwYBObv7wldytLQn1RX"
    "88wmuWGZsFOwZt8aE9u09EXilNSx7FPHEoxdAtt0KS9CVI6Md1iQIxLe6/McEt7r81QJD0"
    "7FjPJMuLcFDC8g3KH2IrEJRA30PvX+xOlG/2bYdfjMItoPh6qFnO8RvWAMfXdw3blsIf8n"
    "O9ruXXSurvhR7ye0vb656gydtu7P+KKWzyWobGVVsDgV5I0jhDVkjY+EFfYwyeSFCZ1uMs"
    "QhMjnAlR5gGALlT50W02eGifa4/N4NL4quvaBGfiLUJj+ZCG4bwW1/RP4axPk7d7oibBDP"
    "JViliF1NrJbesr89u2YxQCyV4qKWhRjZHkd5V9qjmM9mrh3xLGNLPEvuiUs2C9SJusTUYl"
    "DaVLBwpvLmQtr9KbHPKs2qhxYs3WLC1dJQRcz5JZmoC6ylrFpRyvjG5JCeul3Ua1u67Fx0"
    "r9tXbMo2HQ6dbUGqo0zwZvobgcP3YqGapnDdyAQ6SngYnF8dC8i2ATLjqsjSHKbZ47rcuR"
    "vsZ2l+nUfSTBc04xDPDEKUCQiRDAC4M4UtrqpWlKfN6KYEHreaOspasLj6bEYMBRYlAk+X"
    "GPYh+Z6yJScpa8AGZQ1t51/DbCOaP7JX/d4Xr3ncshZzaqFYWzHOhuE4LWbfTFIer42zMR"
    "7/BY+BHsmq5bje/RiPm/BLnXL3PPzAhsi0HHdATYVgRDbzGDu4YqIGu4xKVejLTMok5XZ9"
    "YJurQH9eYGsUU2/01u5nReYCpWsQQebKtMiCjYn+TJH/BE3k3ANaEgM5hgaxXLpZNzJSqC"
    "qbbo1t6o7j3iajHqWUo16VURewXu7dh951vtco7l5TzKVCSCt9K5IKEc9gXBDeKJV0lhQg"
    "61npiyEbo5LIiuKxHeeLYsBGiSSuIlw5W1cQ1jBNhRdYzuKyR+58GbTBjo7whKvJeRhHjP"
    "d9wUQdbKFnQ7cICp1uInXGE7pM1WmChz6IK1zYE2hLb7i+8YCpavommyN7F/K6xcXW14hn"
    "3IBxLIPuxbAhWm1KgPg26Kmm6EYX2Rzghv3V9uPOeazQxliuPNhGeOD9LxEV45xzAy0SHf"
    "KsE74TZ538kne+b+7kApsuX2FmJmXI052mw0nFYAI4AaECnfUnl/zzLwOipflIRF2i+dS5"
    "4B3WaI2LeZrgqaZSojBoKOttS+Au3e5+c3qrK2oOQGnRX0UA41PsK3RUV6xU+qQz7mRLnL"
    "pOL3UFKeRItCVQN0FPdQULEngoHtPLVpvHLSG7Zf25UsIV662usFlz0FpvidWQd1IZRml7"
    "hPYQdBVmI9Ljr2LMxtpQLCXM73CKXFl63IQZ+gxhn8/jPTlW6BakmWkiSp6bXpQVxFexua"
    "PbD3P2T53MeR+UaOIsPWVfQOburVaclZ9YIIlthldOmKjCpv3KeuT4eQOKoB4hqkUGk33D"
    "7i5ESdDzBbyFyKsMf+NTv/9Lt/elhdwfI3rTHwzbVy3kfI/obefqMyMffO1edFoo/I+1Hf"
    "S/di87A9ba/TWi7S+d3rCF+NeI/nrHJHkeT+f9Yj3++3bYuWZ98e+civ0dx8e5Kd02cXSJ"
    "UEqXh6q4PMjkEXtkGgJIPR61EKhRImksFuAaOH4WgzZBJ9EVOY+EwrmK+Y8kCOWisNaMHk"
    "opsqXtJpTB5MhmcF4bSXRpFCccFq8T5cHLW19GOq4p2onVMochchnVu24JeTEtbsXWjdxe"
    "IYlVM0eWcpmHqg55qOJryRq1aHTVyasajS6CedJWwRyZ8rRRrsqSbfEamUA8DmSYcrs3He"
    "Wma4EQ5avauB9xoqrAg+mRrBKpqaT6c5/qTxiBBKrpwU1u8yprf/JDu+MwI/bc7gudN9ow"
    "oDjuKMNRg9AR+z1qnJ6ejlibUWNmxA5MSejAj/E4sexs0c+B4wf5qAlfqvUqVo+2ym8Y10"
    "23EHyO6E1nwCBQeu3rTguF/ozoVfei07voKDdX7SE7F/nL6H7u94ACvka0c93uXrUQ/xrR"
    "S05wydv17q4/gS7W+R7Ri5/7XGfrfFdDz2pO9M1H3CfeY2C3qxcv+moL9OrtwbB70b1pg3"
    "Y89Kca42KQP2zVIAK+gXFjGsFUvAyHyWKDwlidneUL8Y/s19DExvIqsgR+6sYtSfzVOzmL"
    "ZRRJKpxCw5mfU4sSSUWTSI9nQUh5ET4tRFIH8/Q+asvOU9z60tm1EEk1+DW4Xm0y37PzKR"
    "q/dL11iGR/FoFd5XmSEY/VxTXDDiBDvUoJ9cpReDDu6CCjJHK6zkpP/zwosTs1eU6i7YBy"
    "3+Jf3d6qg1YkYY+j1+WRUTxdrFNkElPzmRg5w5R35ZOc4imPl0vByFxjuhrq8Jl7kfW95d"
    "vL5Sajc1D9cMZKyx9QiZkhko9rwAwmU78hmarcAOGNAECsG3ykQPsrGAZ3+fYH1G3mTi3e"
    "TcIE6TpIJ7qbeVyIcDNgx5W49v5HpoEmHsElsMwIgrzSTTLxALN8phh401wC9KA+EYrGY3"
    "02M4mlzHXbgNqs94ShTAIn859MBOkeX4bTPSLv6uIAyFKvABVl74JsXSd+lKTT64sWXyCg"
    "oKtqIiZ8EMNyckzD4XC9Wr6mALNvOgVl3btsIlNHJnliY6mhZ914JIbZRAZhT8QWH0hhzR"
    "YhntKaLUiqpvGnQ+Q761VbIZ1mWZhCrhhhDKSp6bCe9uGhyA9vnEzKIEJHOue1TeKa7ecb"
    "pjseL1++2nm3zhccb+l7xmztuNftaOQ3W+mguO5Cf8ou07t9lzXOYSuzJqa/zfV1Jpeez7"
    "tZsBfENBnHWgzXKFGFTSV8NXUiYZB70w4fOMEG4++gnF01cl9Jp93dOe26A18CttdBT0c7"
    "vfPSbDg40aWhUj6SIU2hQPqO6hHz+kL6YaD5ZG+nXIXlhGwLYrmdipvhXEHsL+QCCvn0ik"
    "e0tJ7XCbJR78+we7aUag8p1RaOYj5ABHNtCjnIHN7p8/w4ZRCB6JkwxEgZREZfHh+6MvpS"
    "CnL1EORk9KWMvqw8zGuiL3O4E+1SBvbyPQoE4FAqyHTpVw01Wh/4R5HbngufvkT6Ebk58x"
    "C2LDyZI0tHqoU09ZHATy+MTxABWEKHMu9ZteRWai/uRSnT033KA4pyJNfDwhst93mew6H8"
    "9Xl6wc/zREiQhS1bYObOGRPkU+9RSXA5aH8eFtQUOEQtxL9GtHt7e9e5bCHnG8KDupcQF9"
    "Rlv/tfO4PLu04LuT9G9GLQuewOob33K6dNYMdhQ6pp2hspGSKEsiJrdVQKSbvmlO1FMBLi"
    "IU6Re0M0WaNbq5GF0ZIFo9fvIHk2kPwFo51C8XgBRQwEU3R9jfmAVBY/zyp+7pfyWeKVbh"
    "fFWkAt4c6CW1ZirnTMnfTxSl/uj9O+Iivj/h1HXVrVpGGiQhCXYJgoVjsLnLjLqdBz5TrH"
    "1wTxmJVhtSAlVOjhvdQVJFlmZt9lZsJvXrq9xHsx19pMFC++JV9BGR7/AX58vs1DXBcmpZ"
    "00c1TLzCGziJTuNBTcRgLTdP1fjKzK6e021QDmykr0OiMr0etkVqI/bEwt1RKoWjP1UmGy"
    "wyikzna7I2UqpF4VUEixh7KUpSFM2JIJcZTwMCAfyCKwieLvCVuKIba3ZKEcJvvbaVbfFl"
    "GsbmIqOLSR4Ijmr8dMFmPSIkRSW7JeWxLyc9pSW1K/CrvNmLYkOruq5O3mxesJpLdQKF+6"
    "5BaKHMwntHkBdTz+ypHYm8jxVyJT9ICXGmugrdCzas29FCW8lVi22647YSSX5WsATPJHg6"
    "EXPrS07zV1ovhnsM1mNOeIJ5pKqKWEovtktNchxUkYovyouq3lwi8KjwjmfH5Ao0QVDovg"
    "saHOisGXB+6dTExkEsJlo/Mmej2yz1+dv0P6E2vzpJrqvcrYkBVqX10hnWqrj/yy3OGW6h"
    "YRuOXu6Bo7HvhHhrRYc7DeL9Kj3aMHkReYWGjwQ/nxRbVC273b3yCnvfNdzdqhwWzZdLCi"
    "PexxyNjsLjpijKQFb8WIsgnbGfSgVqz3qxrjca9PBSORHmbsta+Fpm3fccZJtkv4DqS4wo"
    "iI65eFvfyCOdL7KB364/RDyVWumAs7BesVh2kqzAYejLv2chcXgzVGVWFgOe8L02oBd4K8"
    "G2fiusdl+UI8Nh/NJmRdwdRluIJTPL1xkrPezxg58n+xEYrQSLlyvUIxULJsqU/M7cJRNY"
    "DzqhMjU2t9UHigo9oS2JpXLg3vVDnqwf4RShO/JbDFE8/XYe0uv/cNRz62mRZOyRZ61Xhw"
    "dQmuem2/o8pMhnKd9eLZ2bfES5AZvhKglZde8yAOfn3jAVPVxGmlkiPnm1mGIj3eMkdRZC"
    "9mC508EQqjZdrLJRPZjRd8KUCO+I4m+mKJ6UpUDnmDHqRbYLXsOPw7AWtG7gO3fS20aXuo"
    "pndcSv4NVuCbQf9r9xKU+N6vEb246nZ6Q+Wif33T7v27haL/q6FG9iNWtxmhRCcV1m42vn"
    "Z6kHWCf43o7d3NDRsWNm7er4qMi4ZT/GlzDIdLu88Cwu3b7kVRIwsnaiH+NaI3g8519+4a"
    "XiD+Y0Q7YHC5GXRv2XAFv6sxPlDM5kmwZWQWEg6I9lhG2Numj7aK8BMxVHaJolWbw2Syan"
    "MBvMEkovypi4rHpDNEEaI9Ljx3w6LLTmXMW5EMBkqQFnDzNAjxTqqREWGTKsSNi7DMpBKz"
    "xT3qiFOhzCLfLV4SzHrW0dTQly+n+jNFHhaIp4RoJiS1Evoc0fH421+jxiNZjVj/owZDi2"
    "jOT2B+Ruw6o8bnQaczajCoR42Ln/vdi47TwK0PDW2+nZ6e/v7j9/G4YJUgmeVB2lkj7YrZ"
    "WROGkTzqRtd/wcveuJ0KLX/Q+jHqG11BaLp3sKr23uRCy63xWU493bqC5GoNFRl3nvPlMy"
    "RUa6FaEPAS3hKhehlqi1k4xDWo0/HsUzLU2Uee5axg/eljwreIUci27vXvXYssGiKTUHC2"
    "mWkQ4u3ymYIg0od1oD4RYwWGG3MyJ1NbI1PkVC5uoomGGRs75WKCZ1qDQqD3K4TdmsXiAK"
    "Jyul1vNPoWyhQM2UmxWw1KGpL2ZUiqvaGjc93uXrUQ/xrR4c+DTvsSCJiU20KRv/7Zz+1e"
    "/27on3X+VkONe4RpuW86vctu70tRhYpL1kLujxG97fTYoMDniH5mowmJt53vEb1o9y46V/"
    "yQ/7MaI8akK3upPJJC2YYjRKUYp3axiDXueO/oea5qBJnEavE4LpM9OWL3jghlZ20CKioo"
    "vfBIyNLktQMN/fkUOQwrxG2BTIUeXEtDZC8q+wIjyuhVgxMDp8QaM7opI2kiU2e7Fy+F7f"
    "ukTDD1tz92kpJn6F0YZBaZRWe5ptFZxjw6S04kxjssNWEGigwtd4imBuX6YhruPCC/S8f4"
    "XdKIiVeaLvK2Tddnh0iqob2uVT5fbMEMFrkNpodWhEhk9qtE9iuHyU7Ama02D6hqqDI/Eh"
    "W5h0lmLJKmTx7JVLGppWpFBzlOezT1PxptV+hEc53JN5xFYAwA4k8C/+hHtMSmhVSryWRW"
    "HWRRj2KBV8jCjwTKPkGQuchdstzO6zz7GA4KMQxRWEV6oG+UqgZcyt6DfaU59G9iDo0ao6"
    "i1wZCHyI5mgf9bbuUGmahLbsgupPeMk1U4BrYqIZY+ZEmYZTBgJCQsPrmqlLMtXCRWYICJ"
    "1ZBNt8DEStfmisghhslEcMbqMZB5GiOk0qDKqDAEJweJjLmplqlEpuIuWRkhg5h2G8QkK+"
    "TICjkV4yAyKuTk4B8CzB2gJ3NMH7b1x3NB50N0wTusDwMXWQ4ciJ6wZm8LGcfqK3RUI6h2"
    "y5w6NYaEjKlffiiLKQ0arWVIr3VKVojx6kR9Ai+dB/aUppVZECYfiWRIq8WQypz5O66ti9"
    "VNtKohshqqVOukY1uwdUwvlBszoNhrsHLvF2U4aPduP3f2VA78TR5x5E26NJJ8mQwyI1BB"
    "vZDEFyGqgWkoCvKHPCB/SAf5g6zycRiJT1b5qEOVjwHB02sMlvqGgC8Pnc1kzXnSwUXQcC"
    "17/rP+zE5BniXbBLcCbCLupxhU6nBLcjip8UE/rM/4AWj/k4mwPVVhTUyy8eV2LawDYrsG"
    "DjcvpazmcUgBgLtO8AlYrAxFgk7qpuO6aY5Ocd4/RFZD3v9I3SkEskBKmWSZzLjctwh2i2"
    "KYhigkous5UW873o/bQtXAzcuDhibV+sTQMuN2XlhzZNw+HGdPjCHW+E4lZO2902t5e4jP"
    "91uuZe4hsa1pL5zKey5TzVlwR0IwnUpWQcE90+PI3bbmRF8KGPvyut1Ch1+BxbzW3Dx/mS"
    "zdwgLX/U/qQ4bLX5iuNqz8P8/PX79+f/7q9bsPb9+8f//2wysf8OSpLOQ/db8A+BHOMmVj"
    "LbJcrduEvRQKO96CD/pKlLYBl7f2x/JRCJb/ZMaK9B0gnC1DwW7rAkm6Ye1lXbx0u0Csix"
    "YiFLqf8nwJFOHpQoWkCjqdqQ+24Rzn9RDdPrJSeJfS/4iO6KVqMiLQCDlRtDzOllgWJIVy"
    "0syxA3PVtHRj9dG5AjTmlmK2FcFxwqkW0lRcwb3FnRKCjSUrJWmISmYkLZCRlExVS/FrOc"
    "x1W5S6KHVOp1Dvb2Pns69Qjg12xyaaaLoJDKhqMraUrhC/c3RPZmxp4MuH6/yF2FZoWILK"
    "J5t3s2M1BllgVVNM+/5/yUSgEkyPDk8QHm+MeGM8/mvEVgQnY+jp6amTI3RmxA5MSejAj/"
    "GYbRaLpbVCC7bKONsKv42XbNt41o2p0D9+t5c6cEy7MycgfWvxmeRRHe80KmOl3smwGGQB"
    "z28om22VInK5ZxbYM30A+XqvOOu9vw0W2D7Xd7S/nfT9ecFFFhQ93gOgB52x1JBYLWMzBG"
    "YBeQ8nVhxt2d/ODW3ucBVdEROEclEsf69yFrMNDKFRShlqXB3TZ9IN0l5ON0wgEKWUFu8K"
    "D3vC4u29oferYkr9BJ0MMU/uan5u50LQxqikzWSd+TuYiyXYa+sdu594bQsXdM0ygXgzd2"
    "szSLx25lHN9rxjEXvPSzCJRHWPAI53MjEg14zvH+rwmXNIwgGSl37BnjoNDn9QJWYmSn9s"
    "AwIk2askSqkORiIHdN3gIwdJXFt+4CsfiqDqkTsB/GF2G8c7dJtZc0O3H+aJFjNvMxFOJH"
    "ZcSQzUj7w2tCuVPjayjWi8STO3FU3zmudypuDyKJCA7wOkdnWBbCGMDEyn+gJZ+iOhTcRN"
    "UFPWRlshbCJQJc+xORfLxOV0K61c1bJy8SFTYHiS4GYkyY1QlRNldFiYd1wIjnxfqkwO2U"
    "QrEKGsobx4vPJhUi0ww6qjwSmcg1dAWRu3pNJERDffavGXKEIoNWtVfoX0JYN+kzGOEB7N"
    "GDc+q4ZpIdOeTIhpzmwNPWFNnXJhDp2EfY6QSYiJnuecb+KGh4nNOK0F++M8OmO0XiRZtx"
    "30X+PZJxPDpi/mx6nXzZMYVmb9klm/Dq9SKTHr1y4jRbxinEINh18jL0uzETTK5xY8tScW"
    "wuGNStNMdILRghDwtkWGri+aELKt2wZ8z3WLaODsthJsiOV0KfUY1dJjyMSYu02MGb6zBM"
    "zplQpiZDXIR5PF9shSBZIjLYcjrZAx/NCDvFueNN0KW5gp3dYOeyScaZYldsDm/aB7McyX"
    "kdblcctJRlsjxH8kU9AG9s8SU/duZ5k+BvDYnZolgObKNb+6vdUJrT1Iij5s6RJjGNm1kq"
    "PyR7h1DhHSa49gkwY9Jo2qN50EAKD6DNWT8NJ8eWGiqunEgxoLMhUJleVfBGJMu/QJGyqm"
    "FjqZzAkYMRC7hImfyAunsCum5jPrnY8IuieaDsGnlh4UffXDXOkUuscjuiTGS+/6nO4jN+"
    "e7PbGz/t1NMKW6xRppGgjLjC5U6sOhTU97FpLznb1DJj47qKGfyWiCZTA9WMAnON4ggU2j"
    "4hKv9xb9HDgcYTLnqSTZcLirad7hTxAe8TTo819YQ87TeKsuh+IntuTyRzX50qfpE6yRFu"
    "Ij7gww+0HZAukMbdue2Gwe/GCjm9wFdnidA08jWcinZFcGqdZJh7q+ah1sTOZQLmKDYY+R"
    "Ho+DQ5vxu+69B0wy40SpjoBbZWshNhlf+9FlQBmLqsEEWKEHRkK5yUXAb5fUaY1dGZyHKM"
    "RLh0mqrDzk/sgREYbts9hCQUodd9wTE2c/i7snqBYCP0pUZfiroruNS5ibq25Dhusjgziv"
    "1jY6u9an9PQDJMrx1KisvnHzpaQY5YbDFl6RNy/9tiCmibeu+nbt9FIdzgIGALbABdxJwA"
    "Zg9Osd2z27/R5yHxyYAbOJdAOSu7V7t791BsEph0HIuVMcRI86JHjREChP+fFmlsbU8lrk"
    "0JJCW54tlQ2uZaJn1ZqjZ0IetZWvQ3RSX6iUh/TozxQBp4n+1EVpNMroUDrZVEuHCLF2CV"
    "TTfWzc5rULDyq/0pP0XvLBPTvPgy5rlQovPxfFF5YVBZaVIiBHiPbouXQ3vCio4KxMmBvW"
    "nvHKVCBeQMBrZCUDi1HKPGAF8oB5vH1K1sx0HX+C8Ih1/FyRvtC5jebbt1Hj1T9br145Zp"
    "kz5yfYH09PT3+Mx55xFjiUn8wsLqa0Xg9tBtJ00zZEEkCGBShEU42JAdcrPDEu2brijwu3"
    "sEO21GkTjcdsQM9fnb97eXb+8vwtjCobyN/ZQJ50b/sINKk+b+oPpsChfBcXOMB0SSha8k"
    "iWbu2E7QTL3FU/qhl2WbowGBbcoehcGRlJ6pYrX5h/xHvIeLYReDFFGUZCOfbj+USAJJlD"
    "hBN4QnWu1CH+fEiX7p3ZL5Lv/fciQ8IP2uSQ8RmST2w+OdGf2LLwZE6m4C4U8kgyMsueb9"
    "AH+DGNx54j1Hj8j/HY8yHlfyaaSqjFRnmxZPOZrY7YTazJnY1AlYZ5r/AXkvIvVXa9maEv"
    "RjSc25p7VnG3J9YzLMMqnWj2FGqz0ylbkwmGpCS8lWrBeYMs9CcybSFDf3bKvfACMSbvdt"
    "FEpu404Un7nV7ZnbiqPdedCzOuld+Lq/uDRuxbzygIGdNgfGt4yEB7XmZwad9r6kRhY6k+"
    "qdYKLH6M6FvEVzmzYRTRzOZSgbJPBYo7o8VSaIfai8RqHnWpCMirLPk3Lu5uh/3rzqCFvF"
    "8jejPof+1ewjHv14h+6g9/biH4zGmni2oKcikKMvQECTVBarr6dCVBeqL6Ywxu2kMgmW0w"
    "RCYpesT1r0CIfI94d3uf+0XlDqBpIfgc0fYFmCOUQefXu+6gc9lCsQMjejf40ukNW8j53u"
    "R1yKU3y1CbJbVmTEBY6lScKnJdTdcw5fH4qoDXEXeGdj33YJcnyJlzbOFtxseNsSPYMIBH"
    "wch95pf3Ky7ZCbwDS+68xr4r7OW37I23yYB6j0tE/6bTK7pEAE0LweeI/tbuDru9Ly3k/h"
    "jRQee2f/UVVgvv14gyAf4Wjjjf1VgmOG+5QTXtqhfSbtwS1jebYMip/e69t3Dznvn4o1Mb"
    "nnz3j7gywnjsPSP6D3QmchYuvfddJ9+CK4Zlh4J7goheeq9WZVnO470aFiI3eN+jlNV97Y"
    "de6NRMN7z3zowoJEy2b588qaZ6r2psMqP21dWLj+gVVzTA3SKbWqrm+v4bppVSnbb8a+xj"
    "CRBoETZZCcTdHA2rWEq+iAq9/7nYMhm08Hdc9rFpqg88tSI4chVzahbSyuoXyaXVBypkeC"
    "iKcYhUQpyE+FBZ/moOa9TYUAxdIa0EOT1csGjloQSdBFcArmuAKwhtlEoCmwTWtQAXwzVK"
    "JGGtUqWsGgKbEV92iHy1FUM4b5xSRrraICeYYGkoAdtu0FM9sY0uiDmwDTuUbAluvQu8xb"
    "bwHNAeLl3gkUKcL1tgujwhgc47l0WiVA64I9qDEtD2ghLribJI15JSFTJdhSbX5bwoh7WG"
    "OWAOpF0J8brlIq4YKFzb9HDh5VXT/edKRQr2AWWBjUehP38RoAasp2veUZ2w2mkAPXfWHm"
    "KNm2dS/Oyd0831zvaK5bdc63J/ay/MsL8Xnpo/OS4eZtT9w+SWYPAOAwPwCj2SFTf1mnP2"
    "9ALnkfL6FSbvdEO3eSuZuPNvG3R/aP1OxHPtQx7PtQ/pnmsfkv7efHonwL1dsBc8PU+TR1"
    "SnFE2vz9+/8ycu/Mmas7fX7asrgVrS8eiwdLY+CnY49SFdNRmjrKxvUFFY/3l+/vr1+/NX"
    "r999ePvm/fu3H175ICdPZUH+qful24vFhwsCwS08m20yADFCiX9+/AuEze6SxeHSioC38a"
    "SYdKbG9lqsjx+kCE8muk2tU/QFUizBX8a187ziTvFvJ44uGg7YRJBEHAfECW6mzI7zRNzp"
    "MY2QoTMoZCjcXtkassCqYJVKZ2x8gtrlEzp/mycRC2uV7pT/NpGKRaYU2m0c23JeMJ2QT7"
    "ARwhVTM+06IZaTHl0M7/oAoIB6jwFATuKiIo7mEPxD6Ih+HrAOjRG97LTQlMR3x1wzPM/8"
    "Tp/dR50uq2MbjDP4xw02VLPoCHzWDTcNC+hE4Al4QhbyEvYaE5102702AlREhbWL0e45Ex"
    "dnaTZ8fTzaKm8Fwhhzzju2HBYyiDhXboftz5+DuHPn/4gOB+2vnSvlmo3TF+gn+n9E205E"
    "Lv9i/y6vu+x95V/sX6999W+4lvtjRBnH0/kyaEMEJ0T9+n82ep1Lj9FTTeVJXQqEwqycbA"
    "GRTMdWIB0bD2kRvHzZ+e98oj1i7bG8Rwu1DEhJX1HqG5DChsHcaNAjhEcTatb4zctstCSG"
    "qdOfTPcH1oABwegZm8h5NHSyNIk91elqobK/Lz4iSp6IgWw6FaY3LLXnGge+hRVGxbxuBZ"
    "TS83at521cQSc9wHK4dAim2hbFeZ3MbgtI3S5gZQq4K7T9juoDfZTfs6eqpbDnM4SpvQph"
    "BV11WE+rmmIlSz7nAIl1QEzunLVntPZYtyMkIXvmG3QSTudorhgEixdOXsVnQ7ecnJC+6U"
    "edca+WqZr0jtkCegflyRzTrf3ZwpVvLniHlRmBcqdrPavLlIuRblv3+neFCbKLLXHq8566"
    "rKOaQiUdJfNjRSjc/VQxiTZTvGz+eLncut69NnNLorWXy5rOs8CVX+YwXwMVk68MSyKVAy"
    "k/okxCtbWTd3RLAEw9v2sxon1Khjr7yLcxEMN3+K4RuGmFBIIM+BHoCpcRyBndVS1vmwwF"
    "irCMgPeQ8TIC4WoM0UICoWiweCGBUI2BrQoJOErJTB/ANjHUCXSf8AJ0zzSz/ABx0GadJ2"
    "A68rJiX7W87KBSg1CHmu7HESKpsgPAxr52b3P52r3N8LV7myh7thSY1tMRdpvXEN2zXJ52"
    "ZxmedmdJTzt2RUsYNZtRuiog2X/lqt3vZCJwD1EHqnyH9h//D4AsH7Y="
)
