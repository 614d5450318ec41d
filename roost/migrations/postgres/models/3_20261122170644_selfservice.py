from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "self_service_app" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "enabled" BOOL NOT NULL,
    "edit_deadline_hours" INT NOT NULL,
    "email_subject" JSONB NOT NULL,
    "email_text" JSONB NOT NULL,
    "reminder_enabled" BOOL NOT NULL,
    "reminder_hours_before_deadline" INT NOT NULL,
    "reminder_text" JSONB NOT NULL,
    "enabled_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "enabled_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "provider_id" INT NOT NULL UNIQUE REFERENCES "organisation" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "self_service_app"."edit_deadline_hours" IS 'Edits close this many hours before the booking starts.';
COMMENT ON COLUMN "self_service_app"."email_subject" IS '``{\"en\": \"...\", \"fr\": \"...\", \"de\": \"...\"}``; empty means the built-in wording.';
COMMENT ON COLUMN "self_service_app"."reminder_hours_before_deadline" IS 'The reminder goes out this many hours before the edit deadline.';
COMMENT ON TABLE "self_service_app" IS 'A provider''s self-service app: enabled by an admin, configured by the provider.';
        CREATE TABLE IF NOT EXISTS "self_service_link" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "failed_attempts" INT NOT NULL,
    "locked_at" TIMESTAMPTZ,
    "opened_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "self_service_link"."opened_at" IS 'First successful validation (the provider sees whether the customer opened it).';
COMMENT ON TABLE "self_service_link" IS 'The edit link of one booking: a random token, stored only as its hash.';
        CREATE TABLE "self_service_field" (
    "self_service_app_id" INT NOT NULL REFERENCES "self_service_app" ("id") ON DELETE CASCADE,
    "bookingfielddefinition_id" INT NOT NULL REFERENCES "booking_field_definition" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "self_service_field";
        DROP TABLE IF EXISTS "self_service_field";
        DROP TABLE IF EXISTS "self_service_app";
        DROP TABLE IF EXISTS "self_service_link";"""


MODELS_STATE = (
    "eJztXe132ria/1d0+DLtWZrbdNreWWbPnsMQ0rKTQIaQzr23vscoIII3RqZ+ScrM5n9fvd"
    "j4TTYyGDAefQmOrUe2f5Kl5/35s7Gwpsh0ztquCyfzBcJuowX+bGC4QORAcLUJGnC5DK/R"
    "Ey68N1lzGG9377g2nNAeZ9B0EDk1Rc7ENpauYWHavo2BtzQtOEVTMDNMBF6RywhhZ265TX"
    "Bzcfm6CRzXssnl+xWYWNglXYM5dOZNwO9FrrgWsDACC+Q48AGd0TtPrQm5tYEf9nkTDxvf"
    "PKS71gNy58gmt/r6b3LawFP0HTnBv8tHfWYgcxqD1ZjSDth53V0t2bkedi9ZQ/r89/rEMr"
    "0FDhsvV+7cwuvWBof4AWFkQxfR7l3boxBjzzT98QhQ508aNuGPGKGZohn0TDpQlJo/QHiu"
    "oev9wUi/7Y50vZEaxIAiArl/ikBJJwB5VIe9/QN9hDfvzt///f1PP358/xNpwh5zfebvL/"
    "zWITCckMHTHzVe2HXoQt6CYRyCSseWHaeg7cyhLcY2SpNAmDx6EuEAzzyIgxMhxuHcPwTI"
    "C/hdJ+/04M4psm/f5kD6pT3sfG4PX5FWr+ktLfKx8u+47196x69R3EOc/S+EA1UA6yRdDf"
    "E+l8L7PAfv8zTejvGHAOfM5SJovnnBOAV4S1kzIljO4bsPH4vM2pCihvP143uJ6frxfeZs"
    "pZcSi4ONKBg6dNMgX5ArrrFAGctDjDIB9tQnPQsOThF68oLTATZX/r6bA/2od929HbWvb+"
    "jtFo7zzWT4tUddeuUdO7tKnH31MTFM607A773RZ0D/Bf8a9LsMXstxH2x2x7Dd6F8N+kzQ"
    "cy0dW886nEZYhOBsgFps1H22SC/E18SJtlqu/GerzAiXvFr5bKtdDNcElQKWA0uZ8dmjkH"
    "MMEEuDfEnEAuMB/4pWDOseeSqIJ6L91ZeU7hwksy1UDN+XYA4FZ8NHtOHzWoBJTi3y+uSl"
    "kcsAIM8A+ndXVw3RylACstdhT/UEN74exrDttG877Ytug03iezh5fIb2VI/NZnrFemclzq"
    "zbpi8t3i2SZyAm95/6L0If24f+F8t65G+Y0gwEl5p5aoH7SKPNOgFAmxORm3xJT8YEtcDz"
    "3GqSP9ClfxFugpllg7n1DBbehMroeAoM1wFUMBRI/zt3t1nO/9pY2taT4a8gZCLbrkP5GN"
    "Lsa2PiOa61SF1SuoFD6gZsNEM28tcXWdY/RlQO939ckGO8/4/vJHj/H99l8v70UkK4cqHr"
    "OWKEu9hbpBb6uKC1pj6coNUY3Ix6g36jGOA+VQvwXw13Bv3L3vC6e9EC60Nytt3vdK+u2N"
    "ngkLa9vrnqjnhb/zC5aMmpdqQ0OzmKHcHw+YtTagTzJbcYYQ0FtxMR1AJMciU1hKfbDHGE"
    "TA1wpQeYDoH+h4UL7XQxogMuv3ejTtG1dzRH4AlhD/3gAPrYgD72z2C9BjH+zZ+uANooMO"
    "0YGJC7pfnDEvo7sIqNAOIaGDJACoxxguyAo1xwiLfVvUvtiOc5W+J5ek9ckllgTIwlxC6B"
    "0sOChTOTNxfSHk4rf15pVj2yYFkuNPWlbYiY8ws0MRbQzFi14pTJjYmTnvld1Gtbuuh2et"
    "ftKzJlm5xDJ1uQwXUFwUx/LzDcLRaG4wjXjVyg44THwfntqYDs2VRmXBWyjEZoDrgud++G"
    "h1maf5SRNLMFzSTEMxshfUKFSAIAfTKdLK6GWZSnzemmBB63mkrIWrC41myGbJ0uSoi+XW"
    "rYR+h7xpacpqwBG5Q3tN1/jGKjGnxVr67b/3gdG9mrQf9T0DzyFXauBr8kPj+IobkinA3B"
    "kTxxGv7/uR30xfCnKZMfmjFxwf8B03D2xhY1/mvm4QnFGNx7hklYYueM3va/iwoi4/Gf9D"
    "XAI1q1wBM0PfQyHjfpkUGXiSmAD2SIHBe4RMKYmAZ1KiMzj7CDKyJqkNsY2KB9OWmZpNyu"
    "5acLHbn86ZKcGYmvm3aQnC7KIyB7l6yvR4C3nG456nFKNepVGXXB1uw/feRbZ2uR7q9Fxd"
    "wWhLTKeSEtMAcGxYLwxqmUd6AA2cCKWwzZBJVCVuR3yY3vxYCNEylcNzsyRd0QdnS3GdgP"
    "EBvOWl98YkDLOt0kPt6Y182QbIfDXmfUEE3lEiC+DXuqKbrxL1gC3KizzGE88U4V2sR+Lo"
    "NtjME6/BJRMbZMGmgRX5oBd7Z7XjRMiYI+mUP8INKe/OKTX/46RGaWtS7ufMeGq8M6rNGE"
    "T9g84dQ0MNIJNJj0tiNwF353v/Pe6ooaB4gpkHYEjE2xL7SjumJl4CeLbFU74tTjvdQVpI"
    "hJe0egbsKe6gqWg8yZHnBAZLV53BGyW9KfzzJekd7qCps7p/qxHbEasU7qw5S8HMC9P8pG"
    "ZHv6J5iNjU7/epTfYRQbIwAGGAHeHlgzAIHfE2A9cXtIC1jmtAkwem4G/vzUk5/MHct7mJ"
    "P/jMmc9YGRmbav7OMGKhtAtTz+rYDzKWQfjhJtZRqu5npyMNsw+V6Kox4jqkWU9aFh9xei"
    "NOhyoRcR8irD3/hlMPi11//UAv6Bhm8Gw1H7qgX4r4Zvu1eXhHz4pdfptkD0P9J2OPjSu+"
    "gOSWv/SMPtT93+qAXYj4Z/uyOSPIvsCI5Ij/+8HXWvSV/sN7mVHCdSg+9dW5nUY5TKuFoV"
    "46qMSZ3wTFZB01SURJlS02apgEctBGqcSJmlBLiGLkjFoE3RKXRFZupIYEExS3WKUC0KG2"
    "2qkeD1He0lkVj5E5vBsraS+NIoTmEgXifKg5e1voh1XFO0U6ulhBFwGde77gh5MS1uxdYN"
    "aReB1KopkfeEcV6Hs2KfKLRR/jQD1KNmPEmuJRvUovFVR1Y1Gl8EZRKk0DkyZQlKfJUl2e"
    "JNNKGe4TSXid+9w5WbvgVClBll634Eys6vUceYR7TiGU6U+vNI6k86AilUsyPQ/OZV1v7I"
    "Q7vn+Gvy3v4HLRv3ElKcdryL1kBYI8da4+zsTCNttMbMTpyYosiJl/E4tezs0M+RI1nYqA"
    "k/qs0q1oC2yl8Y0023AP2r4ZvukECg99vX3RaI/KPhq16n2+909Zur9ohci/1L6D4P+pSC"
    "/mi4e93uXbUA+9HwBSO4YO36d9e/UF0s/9Vw5/OA6Wz5bzX0rM7E2n7E18QHDDH09eJFP2"
    "2BXr09HPU6vZs21Y5H/qnGuNjom2fYSMA3EG7MRBCLl+EoWWJQCKuzt8j19ZnDGprIWF7F"
    "lsBfeklLEvv0Xp0nYtvTCqfIcMpzanEipWgS6fFcF9mFkrhESOpgnj5Etvp5hltfNrsWIa"
    "kGv0bvV5RfK2MJ2QsXRa5naPyy9dYRksNZBPaVcUTFVlUX1xw7gIr7KSXuRyKVcdLRQUVJ"
    "SLrOKk9/GZTIkzosO8ZuQPlf8W9+b9VBi6U0jLu0unPo8sSFDssZArHzjOyUSviwPskZnv"
    "JwuRSMzDXEq5FF/0ovsmtv+fZyuc3oHFU/nLPSshfUE2aI9OvadAaj6bohmhrMABGMAIXY"
    "stlIUe2vYBj85Xs9oH4zf2qxblImSN9BOtXdLOBChJsBOa8ntfcvuQaaZASXwDIjCPLKNs"
    "kkA8zkTDH0S/MJwIPxhDAYj63ZzEGuPrc82xmPwT0iKKPQyfwHB9DEY2+iicdAcHdxetJS"
    "76BhDd+xKQ6WyAavfKIm4L2+brEFwraegeEAInwg2+XZTulpAgd2IJdO2JpCmX22pGjYf8"
    "omcCzgoCcyliZ4tuxHZDtNYCPyRmTxoclUySLEkquSBckwTfZ2AH0nvZorYOE8C1PEFSOK"
    "gTI1HdfTPjoU8vAmyZQMInSk459tGtd8P98o3el4+bLVLnh0tuAES98zJGvHveW54JUbcj"
    "dkpVvAFVhYTwjQzc5+LV5Ad++yxtkUVX627K+5vs7kyvN5Pwt2vSvhsdWUR8IEpZA5HziB"
    "NuHvaOEkSaFSOe1WRllX1Gm3viXdtpnesjTlF4U7to9kRFMokL7jekRZX8h1GKic7M0Tp7"
    "s8ZFsQy81ru0XYO0D+pXXcIz694hEtredNgmzc+zPqnq2k2mNKtYWjmI8QwVyblOIqW3D2"
    "PD9NGUQgeqYMMUoGUdGXp4euir5Uglw9BDkVfamiLysP84boyyNXRg/yPQoE4EgqyGzp14"
    "g02hz4h4Hfngmfa4n0Z+DnzAPQdeFkDlwLGC4wjUdED4MwPkEEYAkdqrxn1ZJbsbe4F+XP"
    "zvYpDylUjXMuodarxvnFsH05Kqgp4EQtwH403Lu9vaMVy/kvDQ/qXdC4oB45HnzpDi/uui"
    "3gH2i4M+xe9HiFc/9I0iaw57Ahw3G8rZQMMUJVG7A6KoW0XXNK9iI6EuIhzpB7IzR5o1ur"
    "kaWjpUqXbt5BZDYQ+dKlvGQxXIhLSUtUOw5JVRnevDK867ouS7iyvKJYC6gV3Hlwq5qglY"
    "65Uz5e2cv9adpXVA3Ov+KoK6uaMkxUCOISDBPFamdRJ+5yKvRc+c7xNUE8YWVYrevbbw/U"
    "De+lriCpMjOHLjMT/fKy7SXBh7nRZqIH8S1yBWVY/Af141vbPMR1YTLaKTNHtcwcKotI6U"
    "5D4WOkMM3W/yXIqpzeblsNoFRWoh9zshL9mM5K9M2D2DVcgao1Vy8VJTuOQup8vztSrkLq"
    "bQGFFHkpV1/awoQtuRDHCY8D8pEsAtso/p6gq9tie0seylGyv5xm9UMRxeo2poJjGwlOaP"
    "4GzGQxJi1GpLQlm7UlET+nHbUl9auw20xoS+Kzq0rebkG8nkB6i4TyZUtukchBOaEtCKhj"
    "8VdcYm8C7q+EpuABLk3SwFyBZ8OdBylKWCuxbLdbd8JILnetAXDQtwZB7ytVzs557Qe/dH"
    "wkhk/FdB1TaKRDJI+q31ot7wJp8ZG8h1hM3OwEF9Ae0F0kiEIrFAscSYYuKgzZ7t/+ThOY"
    "899qFop8Mhzj3jCFgqbcYMV7OOCQta+uio4YISHDcXWlYTJhu8M+LQwaHFVjPO6tqWAksm"
    "NKg/a1UKscOqg0vfsKv4EMvwcRcf1SbpdfHUW5mmRDf5pOB1K1aRnPW7A4bZRGhUKmmawg"
    "UW0xWBNUFQaWJdqg02pBnwQED05ks4DLWkts0Hl0mjTFBsQ+wxVeYrls09FNhxkjLv8VG6"
    "EYjRIvNmuPQiF7R+WRtL2+agDL6o5iU2tzBHCoqtgR2JqXqYzuVBLFP79FcoLvCGzxLON1"
    "WLvL733LkU9spoXzb0U+NRZJW4JfVnvdUWUmQ7meWclU3DviJUgDXgnQysuleBRvroH9AL"
    "HhwKy6uLHrzTyrgJVsKVEBNwjQAa+eEKaj5XjLJRHZ7ddsKQBcfAcTa7GEeCWqfbtFD8oH"
    "rFrqfPabgjUn0N1vXwtt2gFKp52Wkn+LFfhmOPjSu6BK/OBIw52rXrc/0juD65t2/58tEP"
    "+/GmrkdXjiLiOU6qTC2s3Gl26fphhgPxq+vbu5IcNCxi04qsi4mDDDeVJiOHzaQ1aLbd/2"
    "OkWNLIyoBdiPhm+G3eve3TX9gNiBhrvU4HIz7N2S4QqPqzE+tHLJk2DLyK0aGxIdsGZssE"
    "2fbMnYJ2Qb5BZFS/RGyVSJ3gJ4U5OI/oclqhSSzRDFiA648NyNii47lTFvxcLV9TAH3PYx"
    "78lOqhH+vk3J2UYnKjMZyGkx9ynEy1G56LvL6j+5zxaY2tbyzdR6xiDAArD4/2ZKUiuhTw"
    "2Px1//1BqPaKWR/rUGQQuZ/JAyPxq5j9a4HHa7WoNArTV4DXrewC8GTNt8PTs7+/fLv8fj"
    "giVhVEi/srPG2hWzs6YMIzLqRt9/IUjVt5sKTT5C+RT1jb4gND04WFX7bqTQ8gs6llM8ta"
    "4g+VpDXQUZS358toJqI1QLRB3Vd0SoXobaYhYOccHhbDwHGI0s8kdmOStYbPiU8C1iFPLc"
    "e+t7z0WLhsgkFF5t5hqEWDs5UxAN6yAdGE/IXlHDjTOZo6lnoingZWqbYGJCwsZOmZgQmN"
    "Zo1cf7FYB+gVpxtEg53W42Gn2NpIWlqSihX/pHGZIOZUiqvaGje93uXbUA+9Hw6POw276g"
    "BETKbYHYv9VQ1J5gluWbbv+i1/9UVGXik7WAf6Dh225/1AL0r4YvyXjRPMr8V8Oddr/TvW"
    "Kn1ofVGDEiP3lLViFeOGji9SlGVIr5aR/LVMMvl/48N0wEHOTyEukOeXNAnh0gTK56iCqh"
    "aCb9R4SWDisFZ1vPZ4CzpABbLpWaWA331G5T9g00TOgNmxFTXoiVVQdTQsKqs0Ne2XjtdT"
    "KBeL3BkYsYPdPeRUqu+Cw6l5pG5znz6Dw9kQh3sDSFCQVy9NgRmhpUX0vosGVA/piN8ce0"
    "mRKuTEvkT5utsY6QVEM/Xav0rNClM1jkGJgdPBEhUcmMUsmMOBudgjNfMR5S1VApfiJK8A"
    "CT3Ggj05o8oqnuYdcwiw5ykvZkyjk02r5YCeYWkWAYi0AYAMDehP6HfwZL6LjAcJtEKrWo"
    "tBlQLOAKuPAR0So+1pNI4C278zrPPoKDjmxbFDiRHcobp6oBl3LwcF5l8PyLGDzj5ibsbj"
    "HkEbKTWeD/klu5jSbGkpmqC2k2k2QVjnKtShDlGrI0zCrcLxb0lZxcVUrBFa35KTCxJEqC"
    "ZttYEpVIpWJukO0QEZywegRkQDsABg6LRgqDbCRIVFRNtYwhKrNyycoIFaa03zAlVfBEFT"
    "ypGAchU4ldxouTAz2ZQ/ywq8ddtD57h3VYHwYuthxwiJ6g6e0KGcPqC+2oRlDtlznlJWOE"
    "jOm6mkweUxo22siQXlsYrQDh1ZHxRP1wHshbOm5ufQ85EsWQVoshVSnQ91wqFRrbaFUjZD"
    "VUqdZJx7Yg65hVKPtlSHHQcOT+r/po2O7fXnYPVN35vYw48j5bGkl/TDaaIVoQu5DEFyOq"
    "gWkoDvJPMiD/lA3yT6pow3EkPlW0oQ5FG4YITq8htdQ3BHx55Goua87SCi7ChhvZ88/WM7"
    "lEMyl5DnUrgA5gfoows0KDFIWwCIPnmyP8PJGqyMIx2XXm6MCmS7FyCyk6pUlOapIZOsU5"
    "9QhZDTn1E3V+EHDuGTVqVXLhcr8iulsUwzRCoRDdzDcG2/FhnAyqBq4sxxiZVJsTNasM2L"
    "KwSmTAPg4fnogRFvDi6SjibH48GsGsQ791gcSpPziAdvHG7wKQLloAYdr9lMWwYgCnC4MG"
    "ulp4Zjx4Nj9PHYODPvLSqpbSv4Y1fGE4hIi6j/C4JxYZhVyXJurgqX/IibnhuJa9+pnfgT"
    "Zmun0iP9DziFEtlHK/gtKCPyUEhrq8NHERKpUlrkCWODQ1XH2dX3tueaJ0EplzOoP6cCwR"
    "m32F4p7JEztgYloOza1tOICszivAnhzcoxlZGtjy4ZvrAdk8bVeQjX77bvbMyqIFNEzd8e"
    "7/F00EYmF2PF+K8HSj+hrj8Z8aWRF4FrezszOet21mJ05MUeTEy3hMNovF0l2BBVll+LbC"
    "HuMN2TaeLXsq9Gjc762OHIXI5wRNqVd8JgVUpzuNKhscaqMFfX9b326rFJGrPbPAnrkGkK"
    "33Ol/v19tgge1zc0eH20n//q7gIkuLVQQvAB4swlLTZDc5myFlFkDwcuICLzv2t3dlqz9c"
    "RVfEFKFaFMvfq/hitoUyPE6pgsOqo/5OO654y+mWIZ9xSmX1qPCwp6wewRd6vyqmpU/Rqa"
    "DA9K62zrdZCNoEVTl8ysnrtXJMIOFcPJwhpGIzV1Zhn/psCxfZS2vt0/M9PQxBdk/JQUjW"
    "Mzup2S47FonvXMJ8sskkEtc9UnCCi6kBuSZ8/8iif4vFEbHWF+siCnUaHPaiesJMlP3aNg"
    "1pIZ+SKM0tNRJx0C2bjRxNu9dahyqxoQgrUfgTYD3MfuNkh34zd25b3sM81WIWbCbCiUTO"
    "66mBepG1oV0Z+LGRb0RjTZrSVjQzaL7RjDYK5FFKAqwZS8bnA9kCENgQT60FcK1HhJuAma"
    "CmpI25AtABVJU8h85cLBOX062yclXLysWGTKfDkwY3J61hjKocv/Djwrzn4jzo+9Igcsg2"
    "WoEYZQ3lxdOVD9NqgRk0uAancNZEAaXyMk2KiH6GvOIfUYxQadaq/AlZSwL9NmMcIzyZMW"
    "5cGrbjAsebTJDjzDwTPEHTmDJhDryK+hwBByEHPM8Z38QMDxOPcFoL8g9/dcJovU6zbnvo"
    "v8azT6Xyy17MT1OvK5PKT+VpUXlajq9SKTFPy369hXlxIqGGY123KE+zETaScwueehMXwO"
    "hGZZoOeAXBAiHqbQtsy1o0aTSe5dn0d265yKTObivBhlhOl0qPUS09hkpltt9UZtEnS8Gc"
    "nVs6QVaDDAJ5bI9KLq040nI40goZw489yPvlSbOtsIWZ0l3tsCfCmeZZYodk3g97nZFcDk"
    "FV1ViM+Es6aWBo/ywx2eJululTAI88qVMCaL5c85vfW53QOoCkuIYtW2KMIrtRctS/RVtL"
    "iJBBe0A3aarHxHH1Jg/MparPSAZwauXmEZ08TNRweDyovUCCDDH7uAmNMe3hJ2gbELvg1W"
    "SOqBEDkFs48Am95qX4IHaeSe9sRMA9Mi0afOpaYZm+dZgrntLuoYaXyH4T3J/R/czM+X5P"
    "5Or66SYQY8sljUyTCsuELpKcndNmp75JFjFWyW+Oa+gnMppgGcwOFlgTnG6QwLZRcanPe4"
    "d+jhyOMJmz5F9kOPzVVHb4U4QnPA0G7AiagL9NsOoyKH4gSy57VYctfaY1gSZqATbifIDJ"
    "ASYLJB/atjfxyDx4IaMrqM29v/sceRqp0gsluzIotU421PVV6/B3KMTfREmqrNBhPqIxtp"
    "KsfdAFYZoTn8NMLZuH+eAC4aEQ+HGiKsNfFX1akuvfXp0WMSaeGMSymrT47NqcamvttF6O"
    "9byyOqDtl5JilFsOW3RF3r6Ail/ifkfN1DXvRWLsDuTORgeAboEL+iShUgSC3+7I5tkb9I"
    "H/4gA6j04TWDZNuNXu3/7eHYaX2Bil091USLc1QnDRECi02PlmnhbLDVpIaK5oWypFkGcg"
    "LwueDXcOnhF6NFdrvQ5PR2BgFmZhPWNAuT7whyVKbVBGh8rxoVp6HRr/lEI12+/Bb167kI"
    "3y6yUoj5I1uOfvZNAlrTLhZdfi+NJlRafLShGQY0QH9Ca5G3UKKp0qE3oEzWe4cnTqwy3g"
    "NfISNCUoVW6mArmZAt4+I5Nhtt41RXjCelem3FxYTG/+9avWePufrbdvuar8nB9Sm9DZ2d"
    "nLeBwYzCiH8oOTx8WU1usRdKopyVlGVOCmwx0lBen0ytWMbSqdu49KYot7JPpIC4f9b5sX"
    "/KSC/IOXTIb0009MFMYfySaeDNqnJOlAfUYQSElS8fnr+ZAtrvHZLxLY1t9FjsgWtpEQ2g"
    "iST2Q+8RAr6LpwMieisGtFzf52bjXILfqgzgLjceBtMB7/bTwOHLXYPxOTlY2fWIslmc9k"
    "YYR+9jpm0ae6kbASOs18vTTI/Wa2tdBwNIEsc19gvgWkZ+pPYOCJ6U1pyUo8BWQFhDTyn7"
    "UyXHrdRgvrCU1bwLaegUP6Rax0jsO6XTSBY/EmLDM275U8ia+r8X0mIGFD2LP4yhzaiPxa"
    "WLos5tdGgAxtz+q5kEE0ngx3Re0opPXXmCdguoUSag8p1PqTUiwZdLG3SC3IcdNjSF5laa"
    "zRubsdDa67wxYIjjR8Mxx86V3Qc8GRhn8ZjD63AP0raTuJS29SwluO7JYS3TLTOmcLbtkJ"
    "nU8xCOAAAReeTRCZZOh2Nn8CEfID4t3rXw6KCgmUpgXoXw23O1RFrA+7v931ht2LFkic0P"
    "Dd8FO3P2oB/rvN5yCly8hRZaQ1GYTHX1pYnFJtU/2rKOXpBK1T6zxzGvQ9XOhGjQCfc2Th"
    "bSbHjXAU0LYpmwGB/85v7leAvpjAi6bkzmscrk4+ftfbepsMqQ+4RAxuuv2iSwSlaQH6V8"
    "O/t3ujXv9TC/gHGh52bwdXX+hqERxpmMjgt/QM/63GMsGYyi0qD1a96GDjFpG+yQQjuFJJ"
    "Ovhu6cMHJr2f2RmMvq/P+Gz+eBy8I/gPcC5yqiu9930nqUnKDgX3BBG98vKqyrIs4+WlfP"
    "v+iqMOHcd4YBmIqG29mJ+ZkFYliU4vrmugIqrDohhHSBXEaYiPlQyn5rDGFbDF0BXSKpCz"
    "veqLJuhP0SlwBeD6KvSC0MapFLBpYH0bTjFc40QK1ioVlKghsBVL61YxhEvI6hamzhAsDS"
    "Vg2wt7qie28QVRAtuoSXhHcOtdByWxhUtAe7ysOicKsVxSnWx5QgEtO5dFopQE3DHtQQlo"
    "B3Ei9URZpGvJKJ6UrUJT67IsylGtoQTMobSrIN60XCQVA4VLgB0v4q9qun+pjF3UPqAvoP"
    "0o9MgtAtSQ9HTNOqoTVvuMaWSfssBFNvjEsx1kvaDFZvdYDOBkYnnYPQOfaEgo/ZdMaZab"
    "iheQ4m6icW/XJqCJqGBInDITl9mxinGsljsoWkDDTOOa7W24JqhdnOO7DzIBYqRVtmPKh1"
    "SImAp13K8v53JeMMxxTbAVwhXjtfYdqMtTaYnh3ewEF1If0AmOB1QW8bGiDnAIa/hySDq0"
    "NXzRbYEpSu6CUjNcZn5nz+6TDuPtejbhAP52A23DKToCRDJiPqUOC3Whb8CyJKA3dK9xwK"
    "teu98GFBVREaZitAeOELat7T+fgLbKW4EwzoLxiC3OKoZRF/rtqH15GcZe8P81PBq2v3Sv"
    "9GsyTp9oP/H/NdzmXunsh/x3cd0j3yv7If/121f/pPfyD7b6aEv3RjUc/clYCkSsvIjwkE"
    "gFgxcIBmfenIJPLD/6fk10QKwDxvZkoVa+l9krSn19L62I7aKYuV9AqUz+G03+VsJWpExP"
    "ErpkwVTboXgGDwpf0DReu+lJ2+uO6gO9yKFVlRnZXGZkMod4ZwtFNL1kh3VY04lVzxSO5W"
    "Jkee699V0n/NpiR5wGrKce6aimUCnTlzxWCNOnn+oOMmd6kDILLpc7F/oxZ37e4fZyWdN5"
    "FjpnqLxSG6AijKvtKqQkkFr7CCqo9pqsLMyyFQO3cKoySf+zaplCi6YqC14ymaosmvEtnq"
    "ws4q+WTFYWyWO2U7Iyrr3IdcRoI9uY0O5Trhj+lWaeMwYM22xyx8hGXrlAVMsFgmaDEypb"
    "so1sEZIqW2e2doT4IOUI8SHHEeJDKlfuUmARyUbYb15DdM+l3CDOc9wgztNuEOSOrtCvN6"
    "cKWUhy+Dy4+9/JROAeI9ds+V6FL/8PasHbrQ=="
)
