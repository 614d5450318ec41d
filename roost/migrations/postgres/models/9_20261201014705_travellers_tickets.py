from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "delivery_mode" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "number" VARCHAR(40),
    "issued_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "document_id" INT REFERENCES "attachment" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "ticket"."delivery_mode" IS 'E_TICKET: E_TICKET\nPOSTAL: POSTAL\nAGENCY_PICKUP: AGENCY_PICKUP\nAIRPORT_DESK: AIRPORT_DESK';
COMMENT ON COLUMN "ticket"."status" IS 'PENDING: PENDING\nISSUED: ISSUED\nDELIVERED: DELIVERED';
COMMENT ON TABLE "ticket" IS 'One ticket of a booking (a flight, a train, an event pass).';
        CREATE TABLE IF NOT EXISTS "traveller_profile" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "seat_preference" VARCHAR(20) NOT NULL,
    "meal_preference" VARCHAR(80) NOT NULL,
    "notes" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "traveller_id" INT NOT NULL UNIQUE REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "traveller_profile"."seat_preference" IS 'NO_PREFERENCE: NO_PREFERENCE\nWINDOW: WINDOW\nAISLE: AISLE';
COMMENT ON TABLE "traveller_profile" IS 'What the service team needs to know to book for one traveller.';
        CREATE TABLE IF NOT EXISTS "identity_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "expires_on" DATE NOT NULL,
    "profile_id" INT NOT NULL REFERENCES "traveller_profile" ("id") ON DELETE CASCADE,
    "scan_id" INT REFERENCES "attachment" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "identity_document"."kind" IS 'PASSPORT: PASSPORT\nIDENTITY_CARD: IDENTITY_CARD\nVISA: VISA\nDRIVING_LICENCE: DRIVING_LICENCE';
COMMENT ON COLUMN "identity_document"."issuing_country" IS 'ISO 3166-1 alpha-2.';
COMMENT ON TABLE "identity_document" IS 'A passport, identity card, visa or licence of a traveller, with its scanned copy.';
        CREATE TABLE IF NOT EXISTS "document_expiry_warning" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "document_id" INT NOT NULL REFERENCES "identity_document" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_document_ex_documen_e21817" UNIQUE ("document_id", "booking_id")
);
COMMENT ON TABLE "document_expiry_warning" IS 'The traveller was warned that a document expires before a booking ends (once each).';
        CREATE TABLE IF NOT EXISTS "loyalty_membership" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "programme" VARCHAR(80) NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "profile_id" INT NOT NULL REFERENCES "traveller_profile" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "loyalty_membership" IS 'A traveller''s membership of a loyalty programme (airline, hotel chain, rail).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "identity_document";
        DROP TABLE IF EXISTS "ticket";
        DROP TABLE IF EXISTS "loyalty_membership";
        DROP TABLE IF EXISTS "document_expiry_warning";
        DROP TABLE IF EXISTS "traveller_profile";"""


MODELS_STATE = (
    "eJztfe132jja97+iw5dJz0OzTfoyXbrnPocmtGUngQyQduce5hgFlOA7RmZsk5Td7f/+6J"
    "Js4xfZ2GDAeJQPAWxdsv2TLF3v139qM3NCDPu06Th4PJ0R6tQa6D81imeEfZGcraMans9X"
    "5+CAg+8M3hyH293ZjoXH0OM9NmzCDk2IPbb0uaObFNo3KVrMDRNPyATd6wZBJ+w0IdSemk"
    "4d3Vx+elFHtmNa7PTdEo1N6rCu0RTb0zoS12JnHBOZlKAZsW38QE7hyhNzzC6t04ddXmRB"
    "9T8XRHPMB+JMicUu9fsf7LBOJ+Q7sb2f80ftXifGJASrPoEO+HHNWc75sTZ1PvGGcP932t"
    "g0FjO6ajxfOlOT+q11AfEDocTCDoHuHWsBENOFYbjj4aEu7nTVRNxigGZC7vHCgIECanED"
    "q2M1Tet0B1q/NdC0WmwQPYoA5O4hBiVMAHarNn/6B7iFl+dnb35+8/71uzfvWRN+m/6Rn3"
    "+IS6+AEYQcns6g9oOfxw4WLTjGK1BhbPn3GLQXU2zJsQ3SRBBmtx5F2MMzDWLvwArj1dzf"
    "B8gz/F1jz/TgTAHZV69SIP3a7F18afZOWKsXcEmTvaziPe64p87FOcB9hbP7hgigcmAdpa"
    "sg3meZ8D5Lwfssjret/1uCc+Jy4TVfv2AcA7yFrBkBLKf4/O27PLN2RVHB+fruTYbp+u5N"
    "4myFU5HFwSIAhoadOMiX7Iyjz0jC8hCijIA9cUlPvS/HCD17wEmXGkt3302BftC+bvUHze"
    "sbuNzMtv80OH7NQQvOnPOjy8jRk3eRYfI7Qd/agy8IfqL/7XZaHF7Tdh4sfsVVu8H/1uCe"
    "8MIxNWo+a3gSYBG8ox5qoVF32SItF18TJtpouXLvrTQjXPBq5bKtVj5cI1QKWAEsMOP3j1"
    "LO0UMsDvInJhboD/QXsuRYt9ldYTqW7a+upHRrkyzbQsnw/eHNIe/o6hYt/OwLMNGpxR6f"
    "PTRxOADsHlDn9uqqJlsZCkD2etVTNcENr4chbC+a/YvmZavGJ/EdHj8+Y2uiJcxmfcK4bN"
    "1ZauzWFiCL23H0P7p9fPqlRwzMnygR+Lbb36XbXXVGIDRTHX38SLbFasA7qRBCMOHMczMw"
    "0UJTMH5qdj6LHsGUTeuJe224kqdVWkx0p0Uda1mT6ZxWZ+upOidopxG/4VqlU5cShCczne"
    "rQEo6i8RTTB9b02dIdJqMinSJnSpDN7ojBgKnNOoR22ObHRXOkOzYx7uMKp6IvMKRDOhqZ"
    "bEo+YWNB7NEIYTpBoxElz6tDMzzntJ8tPJ/+eoUAThuZ94EOQf8FI+MeHVIHWw/EQScYWe"
    "az19brAKY2u4howyf6aPQCFGH/7Hc7SFz3A8LIZdx5F1NsDyk1EbtZt0VGVdnvtcB1xPjy"
    "n2wx/EOp0fapRmMz0bQ0yzRyKXfCVGUWlWsDNsf57f5kI7hh9DxlbyS8gPQBnbD5qVvi+A"
    "wvvTeRrfvEehF/1bfsa43yLpPuLkV1FxXOxSKTc1jl+135hnS2cPhaW0fk9OGULVyLOSgL"
    "gCEfjeQjt54kXXuSZYDeJQ/Qu9gARdbArKMUISvzUG2qqNoV1Lm2kBCN0q9KNBYrJiUOK7"
    "ANclzDVFHVnz520H+RwZipXQFc+8f9ggoG7G6hG2zxtk/hsv9T2y27LcMUUApp/bxJfHLd"
    "/Fd0fl9cdT9G1XnQwcfIsKwYxTzDEqZSw1L4sChlefLCVF1luWCVc208QRKlz12rz+VwKW"
    "XuGn1jcFIlaHKT1Y271At9NM1H8YAxpZB3qp6mEboLNFrvgoSgOZkgNtZP+pg0mAhn1tk/"
    "7NS5NFdH96aFpuYzExfG4BJEJ6CYQSBAS5yNtu5Ooiv5vWabC0vMVPKdSY8UG5pF7olFYP"
    "7+EdOlzC3zSXcNGmySW44NOwVr9nttvLAdcxY7pXQs+9SxrMYuhm2ylBciKkbGOyzIIQnv"
    "9XkGCe/1eaKEB6civh5MuF9IGF5AuEUXs9gmEPb78Kn3J07XujeDtuAz82g/BFUDic8hvW"
    "AMfbt33bpsIP8rO9rsXLSurvhR7yu0vb65ag1EW/drdFHL5mlWtLJqtTjl5I1DhBVkjY+E"
    "FfYwSeWFCZ1sMsQBMjXApR5gGALt3ybNp88MEu1x+b0dXORde0GN/ETogvxkI7htBLf9Af"
    "lrEOfv3OmKsEU8T3OdInY1uVp6y/727PHHAHF0ivNaFiJkexzlXWmPIq7AmXbEs5Qt8Sy+"
    "J87ZLNDH+hxTh0G5oJKFM5E3l9LuT4l9VmpWPbBgmQ4TruaWLmPOL8lYn2EjYdUKU0Y3Jk"
    "F66nZRrW3psnXRvm5esSlbFxw624J0oUzwZvobSRzBbKbbtnTdSAU6THgYnF8dC8gLC2TG"
    "ZZ6lOUizx3W5ddvbz9L8OoukmSxoRiG+twjRxiBEGsI9TGOLq27k5WlTuimAxy2njrISLK"
    "55f08sDRYlua/lgHxP2JLjlBVgg9KGtvWvQboRzR/Zq27ns9c8almLOLVQbCwZZ8NwnOSz"
    "b8Ypj9fGWRuN/gOPgR7JsiFc736MRnX4pk+4ex5+YENkO8Id0NAhxpXNPMYOLpmowS6jUx"
    "36suMySbFdH9jmKtGf59ga5dQbvbX7WZG5QOkaRJC9tB0yY2NiPlPkP0EdiXtAc2IhYWiQ"
    "y6WbdaMC0Mqy6VbYpi4c9zYZ9TClGvWyjLqE9YqFbIi9RnP3mnwuFVJa5VsRV4h4BuOc8I"
    "aplLOkBFnPSp8P2QiVQlYW5i+cL/IBGyZSuMpw5WxdTliDNCVeYDmLyx659bnXBDs6wmOu"
    "JudhHBHe9wUTdbCDni3TIShwuo70e54naKJPYjz0QVzhgp5AW3rDda0HTHXbN9kc2buQ1S"
    "0usr6GPON6jGPptS8GNdlqUwDE/VVPFUU3vMhmADfor7Yfd85jhTbCcmXBNsQD73+JKBnn"
    "nBlomeiQZZ3wnTir5Je8831zJxfYdPkKMjMJQ54lR4OYACIgdMuUA65LNJ86F7zDCq1xke"
    "UK67Mt0bqAPqoK0ITgiaFTojE0KOttS6wu3e6+id4qi5qb10Qj3+e6tSwKPLfXFu+04hAK"
    "mJIiDPPAxpexr9BRVbHS6ZPJOOBtk/KIXqoKUsBZbUugblY9VRUsSBKjeYIVW7Aft4Ssz/"
    "pzJdEr1ltVYXOmYBnZNuET76Q0zHjBCO01JdbRTKI9xD4GufnkMMgIz782IlILih2cIlOy"
    "LDdvjXmPsC9u8Z6EM0gDsj3VESXPdS/YEcIc2etlLh6m7Jc+nvI+KDHkybKKvoDKzF6ucE"
    "c/v0cc2xTnuCBRiT1sSusY56fvyIN6iKgSiYT2Dbu7EMVBzxZ3GiAvM/y1j93uL+3O5wZy"
    "vwzpTbc3aF41kPgc0n7r6hMj731tX7QaKPiLte11v7YvWz3W2v02pM3Prc6ggfjHkP562+"
    "qLsFbvG+vxt/6gdc364p8Z7Ws7DlN1Mytu4m8WolSeR2XxPFI5XPbINKwg9XjUXKCGiZTP"
    "hgTXlf91PmhjdApdmQ9XIKoynxtXjFAtCmu9WQKZfbY0oQYSCR3ZDM5qqgwvjfJ08vJ1oj"
    "h4eevLUMcVRTu2WmbwB5iHVdNbQp5P0V2ydSOzc1Zs1cxQg0Klg8sCbdnTwUXXkjVq0fCq"
    "k1U1Gl4Es2SPgzky4dnbXJUl2+INMoawOEj05nZvC+Wma6SRpY3buB95vriVI+EjWcYyxC"
    "n15z7VnzACMVSTYwzd5mXW/mSHdsfRfuy53Rc6a9DviuK4g32HNUKH7Puwdnp6OmRthrV7"
    "K3JgQgIHfoxGsWVni34OHMbLR036Uq1XsXq0ZX7DuG66geD/kN60egwCrdO8bjVQ4MeQXr"
    "UvWp2LlnZz1Rywc6GfjO5LtwMU8DGkretm+6qB+MeQXnKCS96uc3v9EXSx4nNIL750uc5W"
    "fJZDz2qPzc1H3CfeY34FVy+e99WW6NWbvUH7on3TBO144Ec5xsUify50i0j4BsaNGQRT+T"
    "IcJIsMCmN1dpa2xz+yX0MTG8ur0BL4sR21JPFX7+QsktgnrnAKDGd2Ti1MpBRNMj2eA5kd"
    "8vBpAZIqmKf3UTl8muD5mMyuBUjKwa/B9SpTgIKdT9D4JeutAyT7swjsKt2aCjwuL64pdg"
    "AVcVlIxGWusrIqWCmX76wKhsiCErtTm6cG2w4o9y3+1e2tPGiF8mYJvS4PUORZm0WtV0zt"
    "Z2JlzBawK5/khGACPJ9LRuYa0+XAhP+ZF1k/oKA5n28yOgfVD6estPwBtYgZIv64FsxgMv"
    "EbkonODRDeCADEpsVHCrS/kmFwl29/QN1m7tTi3cRMkK6DdKy7e48LkW4G7LgW1d7/SDXQ"
    "iJhKiT3GD7ZMNr+M/SYZbC0i8BpKrRK+cHDLyMykZIkAGAQFlP23jZ2CgF/znpfX8aKuZK"
    "aXIroVNZq9EPzR6G/sRyhMHIo2WwSNzbkOJh3LnAXjk9EJVE/mairEo1Lg5OzFB+jUS0jB"
    "emAv2tJGZDZ3lohnhxVVpMW4IofgGcL2o1hX7MV8zu7AgorNkBR5wiC1TYSH1OuQEUKFaG"
    "os3cyNEF6L5gsHSHQnxbq0uJtBHeuJdsdNFd6TQgd+xWZlbjqQuYkuZneyfBnJmowVhSor"
    "FNFixMsKRSd7DpwlpNXTHBVv5DvCQk7924/X7YFXSykHv+gTNpD/dUhvO5etntZrfW23vj"
    "VQ8NeQ9m9vbq7agdORA4EWzRvwthd9Rw6F+vl02w81co8Mafd2cNG9bmmM5qbL20SPDGnz"
    "4qJ1wx/A+8YrUg1afbfKlPt1SKFb9ijsoPeNtbwS/YrPspg4sJ2vuMmKosw2xjKphoN3Fg"
    "M6OVwpQqbSp+cPV1IFInZdIALPIF2R5koXMlNparkTGbkqLkOCgxGve8IkTiblQHTVTF4n"
    "KR3yOPXWiJeMaSsacE/c1JJ2y+RFXEKqFvLcCzmbsXPT3nTGS6jVjE+f8arSQPJ2Wt3IT1"
    "VpoGqj7mGUVmkAP5C8AX5BkhJ7XHELFb9XyK2CHNN8XGmDRYpNA9tcJWyRJ508I915scfc"
    "1ipEePe4qjoa+wD5YHU0Kg6sa4PLh2uYSMFapuokFQc2aD3N6SgYp1QAywB29Qkiw2NejG"
    "XEJYaZM3DeXbtF+cS9o2fdmcY8BOrInLP7nvAseoyZQ7oNTgPsgO8ocCD2bpPh2n6Uqsjc"
    "qRQau06hIc/ooK+yMm8Jbvb8ziVbzLNiG2bASlkI5kiRVXVgSl4H5nA1uY4U6A1KckU8FN"
    "WCkRYhEhcrsmTVAZ1h1bAtRhu6eS+b5u4J6JozDJ3jJ63fcuwyZ78/Vg4wJF5kWndC0uM+"
    "Ia6OtLmra2y8PMo0AlsU/yJPZOuyJjy0ovVEjlLEzRQaNrYgSkajprNtGN0F76nDOirNa7"
    "Q9VLvMuBaYXElRPf7UWxPaoxG/YaZaE7ZD5iLHGSdnb/9Uh2C5ZYNvpTPwyoJXnAfQiMoP"
    "wsEb3nX+u44whaVgKa81UfQFVK2JckW/iDSGlmkkJAtKMNaHqMrstC14S7hdNnVttrWhEy"
    "GH1iN7ordtvaijRzJ3oAAmDzd1i2c+mLJguKI737OnPry02nbhIpEuShyfo2JFShgr4phb"
    "zr9QB6VeiNT0K9/0oy6Tm9X12muv/K3zB84o99+KOYKqwi975OAjZb3zOh0mRlAro79EKP"
    "KzbGypjKxa9fR6zKK3mlfrK2aougKZbBNlrSsQUAvKtFwhpWGKlmulpsym5brmiWUe9CdC"
    "V+llqJdJpi4UTxhZ5H7BBnbiGo2gBMAypvmOC/CF9g5JbQQOiKth0RQ/EWimW1wpL/KG2O"
    "hkNLrovHwFf2ej0XBx/ur83Ys6cvAjuws/1Q1kuNEn7IZY91xJP6Q6ZddjE55npmEzSQQW"
    "O+jZ0h3omJInYvFKCPqEfOC9uE+C7sjYnLFbuui1LtuMR1fKuBIq41Qqmp2motkstrm4AM"
    "+SbvPFRXiq3Ai7zo2QP1pcBYkrpYVSWuRSWhxCwi6ZtFK40sJ9HfKG8MToFLjliegr3ZK0"
    "W63QIaIVygbx7sIV9qxyK9mSsLXGLQFVf/lUerd1yEZ3mlIp3y4Zs2XolHzDFhVPG9PARZ"
    "vU09RwE7ex9hxovVYXB+4uLoGrMxuNzPt7mzja1FxY9miE7sg9m1erBNA/2ejeIuTlGOaW"
    "IVwPkXd1uUNNoVcAndwtn4poTix04hLVkej1RWOla4P01EK/xr7wwwwOamNR0YbnoQdGk6"
    "eLHlL3Lrkqzga9GzbQs2k9EsuuI4uwJyI293xjfKmDLUZmO7ph8KdD5Dvr1Vhy5V5y3uhA"
    "7GEQA5Uv+qBKutBQZIc3SqY4Lgkn6722eaXtIN3xyNp8tfNunS843tL3jNnacWcuHBH9sl"
    "rpZnjJfW4RFEiwEkJptu8yh9qlRLK9Nybpwr1S6fwFVToqFdZuFuwZsW3GsebDNUxUYo0O"
    "X037v/UHrWvk3rTgA8fYsnQe+LDH3B8qS8Wus1RI3VbcgS8A2+tVT0c7vbPSbDg44aWhXC"
    "K4OV7MCHVa3+e6tUwTxKUN66niuEuiEU6TXypnTZ6Y8MskXODzgJy4pdMw8jpHvHMmlUYl"
    "aEToxEYn3NOE4PE0ga3cwTWkYq/XFzTwFjYl8h5S5FU8s+KZFc9cmJLDW+xzARuhUsiu54"
    "qDG8m2FrsJ60d3lpeBLo8M7KwsWGSirWeQlfBRrPBxGPaWD5EonizhaQNnUxlZ7/nERHjy"
    "CTIxsZ47MycTSQdCtYDrvNJosAyoW110ji1HH+tzTBMElsJ6XmenmfhFZfksX1ErDvagHK"
    "w/E7O6TfoEymsyt9ekqvmRPM+PU1yQWFZiCYiUuLArm2ikTnlWgSFKp9CVpe1fbdE5M/fH"
    "CEtsyCiLRKZEhd3ZKcKsZzHw8taXoY4rinZstcySmDjA3m8P+U24t+NaN7LCHF81yyQDx7"
    "Q8EklYpglKlod1t7UW1EWtl4abTPC07blpOXXkdQEWNiaoPuk2BunU0McEjClcmPVNM3WR"
    "8lMHd8MxpmChGZtzSW6/nVxBxROXS+plS7gE1myJtTzaUufUumn2+zfd3qCBvG9D2r5sdQ"
    "btwW/aRbN32UChn0P6td1vNhD8H9LLXvtru/NZu2pftDoXrQaKHMjo2rHrHFUHDwo/NE8a"
    "AvhNFoDfJAMcD1vWbXsBjBbPxWjlil6WkJYZ8lq730Wvz969e3mGsDGf4pfn8Z0hoU36rM"
    "8y6ZPnfHREXCcCTcbKggJJPhhhqjTlUXlGpAgdHih/4sXo7nUjp1temEhpC2Sl0hjHk7M+"
    "2opC6QfW6gfcKViANDXw+NWbVZdHNnkzy1Sh93a9ogCmZAEINx0Hj6cZjeElm8ZZoQ28vb"
    "l9ESPbme/Ut2V2/kTvworM7p1m6vcCr2Vy/SomO0WcDzRaL8T7ecS4ddk3OX9wq3PYCPNX"
    "CDLl6w4Ttx8JfHVbSbKNF9GhEtHLJaIfXrqrdMqv7ZKLHyKzeO2y1/w0yOkKIIhAgcE+hr"
    "Td799Cqm3xOaQ3zfYlqEjakOj7a6t3edtqIPfLkHopARt+csByKD5AuN7IiyBEWIATQTmZ"
    "lyP0GYj7GE/YXuRJ5Fnl/CDNllL+8YysRMhX6fYkO0iWDSR7uj3HdLChbZQ3Mkp6mOyRrw"
    "4wUzdJHemXLJ3jpbnIi7WEWsGdBjeTj4ylo48ZhhNZubh/9rsdOdRxyijS+thB/2XCh70z"
    "hWHtH/cLKrKy3C10w9GpfQqX/Z9drTEp8ANSoc025kAZ9ZWM7KLQgUo7WXUHyizxVspttm"
    "qjrtxmS2NZUJ6HhXge5qvcy7MVFlG592hFuVLW7D2WeRnCChJabQmSq+K/chOFVRElJgDN"
    "tq+WfSN6qSpIrrVkO4xKVmj+KOxu/M1Ltr15L+Za+5vm5frLViSb58IDL1bffiavdZ3QTp"
    "nMymUyYwx4QphDsmtTgGR/3PKutEHFR5itbiOGabIuOUJWZsfHTbXJr7IYtVirZI3yq5ju"
    "7c8F5t72OXWcQbLDKDfPdrsjpSo3X+VQbrKHcrS5JU3VnwpxmFCVe1qD8xN2NEtuu0tDOU"
    "j2l9PSv82jpFflynY6f1XZFFU2pWSat5SyKQcOjbwyl9hwlteElzCd6vOaRI6LN6qnSXOG"
    "aK7Nwu0zREf60YiQv9ynFpGKbq9obpkPFp7NCDrBugWyXR1NTYcYaDxlQ1BHbCAMSarLwn"
    "tX8mPJ5Edv6PIIOyGiCoo677NIOu+TBZ33Km5x33GLKshLxSSVlZHJEpN0GEbGS8IuYV8C"
    "+dmTmZZAOvhs2mcvS7pIo8CtBnUkljoyQQ94brAGxpKnVfDqTvFWciX1dt1J8xc6vinDJn"
    "/WGHrBQ/PFnaGPNf8MXrCpzZfjsaFDmtBAynaV4/CQfA0MUXZU3dZqB5AlBVvN+Rw7a4io"
    "xMG+PCOqWDH48sBz8hAb2YRwJe95Hb0eLs5fnb9D5hNr86Tb+p1uQIKY5tUVMqmx/MAvy6"
    "PQuPOCPOvqDq6x44E/roQpfvbOXIPPaBoI/g/pr7et/qDd7TSQ921Im53+t1avgcTnkIpa"
    "Hw235kd0nA8TGbSaLZsOVriHPQ4Zm915R4yRNOCtGFI2YVu9TpP99L6VYzzuzIlkJJKT63"
    "rtKyHmpfmi7iK7bpztkr4DCf7hMuKNhqFkbi3hKf7uTYYp/u5N4hSHU8olv9rO2Vlc8oWw"
    "k0/DEqIpMRt4MO6aPZSdP51xhKrEwHLeF6bVDO4EeTfOxHWPy/KFeGw/2nXItYipy3CtTl"
    "H7mVhxzno/YyTk/3wjFKJRcuV6zeJKybKtYjGrL2rZAM6qTgxNrfUZjlY6qi2BvbXJEfJC"
    "WVEN7VQJ+Y1kC3cBwPaJ9aSPya+BHkuB8W7X7uJ733DkI5vpFrmtsJ8FbEt/+iqmE4t42Y"
    "qq7EXlAXO7y54BrLxFZUsUqdC1HjDVbew+TcxGFDpfTzMUmdGWWbJ+u4kM0MkToTBa9mI+"
    "ZyK79YIvBUiI72hszuaYyrN65+9B+aeUy47DP2OwprhN4Mp6pZxncsA/T3HAP4874B+Xkn"
    "+DFfim1/3avgQlvvdtSC+u2q3OQLvoXt80O781UPh3OdTIfhqXbUYo1kmJtZu1r60OpGLj"
    "H0Pav725YcPCxs37VpJxMWQJYzMOh0u7RxPLx2a/fZHXyMKJGoh/DOlNr3Xdvr2GF4h/Gd"
    "IWGFxueu0+G67V93KMD2Mq9CfJlvHRNA2CaYKa0ieKDM0do9rV2Hjb9H7NMB+73auQwvlj"
    "O2pnub3+2OqdnEViB+J6sSdi6ewSktUpFewg2R7h9o8cLd5gEtH+bdJcDFGIaI8Lz+0g77"
    "JTGvNWKK0X3L5bDGvz3GDRTsqRJgyulzdNWO0iKDPpxG5wjzqC7tm/lw757iBMJ8h5NtHE"
    "MucvJ+YzRR4WiOdJq8cktQL6HNLR6Pf/DGuPZDlk/Q9rDC1iiK/A/AzZdYa1T71Wa1hjUA"
    "9rF1+67YuWaDCeQqCJDW1+Pz09/ePHH6NRikZJNtFU6jNlZw21y2dnjRlGsmUU4v4LXkrz"
    "7VRo2TM5HaO+0RWEJnsHq2zvTbZUTEIhpqmUVZlmlaWAWgOULSxcWyLk2smq/tapjEyZ3z"
    "sF1Tqo3JDd7RCqluU/n8ksuIgZ95q9WoPkeHYpGZjsX5blzLh3l7TmfF4xfPNYGRfOnfm9"
    "7ZBZTWZjXJ2tp1oYebtstkUIHWMd6E/EWoIl0B5PyWRhkAnCXESuI76hw28md3q2WnYFdL"
    "dEGD2b1iOx5BFpxXS73gr5e6AeC9SAYILeH8oyuU/LZOUtZ63rZvuqgfjHkA6+9FrNSyBo"
    "Q3Xg0E//7Kdmp3s78M+Kn0P6rfXxS7f7SwO5X8phKTjCckg3rc5lu/M5r87OJWsg98uQ9l"
    "sdNkzwf0g/sfGFgkfic0gvmp2L1hU/5H8tx4gxAX4x1x5JriovIaJC7J+7WNZqt7x39DzV"
    "DYJs4jR4qKDNnhyxe0eEsrMLAlpQKHn3SMjcRibbcCzz+RQJFhZCA0HKQg+uMSu0OxV9gS"
    "Fl9LrFiYF3Yo0Z3cSE5C+2CdlhGKKW7/Y0xtTfENlJSp6h9/XVlM8yTaOzlHl0Fp9IU8eZ"
    "a0nvf+LOGKEqu9f9l8HgBonbFQHy7uoLI/qTzYbHdqBGIpnNHXQC12BXMl2Hyjoipw+nEF"
    "TP+BXGoUhSA+3mErt25We3YkjT9KVY0AI0e1zr92Q9y/J2vUt+ud7FHSTw0jBlnvzJtrIA"
    "STksY5UqoOO+gHlWuiCJShEcSxEs5K0YnOkmuRVVBc1xR2J+8zBJjXM0zPEjmWgL6uhG3k"
    "GO0h5Nwc1a09U/oKnJRF3OG7JNHPEngV/0A5rDdq47dbaBm6CW8ChmeIkc/EigzjIksJC5"
    "YhfbeZVnH8NBI5YlC9lKTiIQpqoAl7L3RALK1eIv4moRtktSZ4MhD5AdzQL/l9zK8R0TLH"
    "NmLAiQlFnC/zY1bYLmxLJNig0Eauqw/O0aGGx0wu7WZiMOG+0M9DBjYthsO43L9Pthny0y"
    "1ufccynXwETJSjw4B5NMnsnd1DQf8wEbJioxrFzl5N5tZK7rtmd5Aw2muceZnZLSwJ+x8c"
    "FQwfehEOzou70+q4E7DQpA9tuqp1KAu8Usz0m64WCF14sMCSjupEXMj/sV2Mn+W1inm+bA"
    "CPA+udMg7DIQ/QYyZrIlAvNbj/mIBE/X05xE5pGGWaLQ+WCACgLQhg6QDkkqXEdiadh5Bh"
    "IVZ14ubw5VR69gVlQF7u82cF+VSlel0kvGxaeUSs9Q52CFuQB6PMX0YduQARd0PkQXvMPS"
    "cJDF+nkLiJ6wsdgWMo7VV+ioQlDtljkVBcKljKlfOzyNKV01WsuQXpuULBGTlwmT5SYIP7"
    "CnBCeblGrO2UgUQ1ouhlQVvNxtwcs51jex9gXIKmjqq5LtZ8bWMTNXPvgVxV4T9HR+0Qa9"
    "Zqf/yU1xdITV1yxyTyxCZXFRyXCHiCrgsrDrGoKqRK8q0Vsyia+8JXp7BE+uMXiQ1SR8ee"
    "BsKmvOE23PVg3XsudfzGd2CnKLLmxwd8M24oETq+p0bhk6UQ4K9MPmPT8A7X+yEV5MdFgT"
    "42x8sV1La98tXAuLm4tdVbA7pADAXfr4BMxXei1Gp3TTcQ8UvAnvHyCrIO9/pG5+Elkgph"
    "xTBTx28RbBbpEP0wCFQnQ9J+ptx/vxmygbuFl50MCkWu+LoqrMZIU1Q5WZw3H2xBpgg+9U"
    "UtbeO72Wt4cUQn7Ltcw9eFfZi5mIdHWZas6CCwnBFtVbV0WmbY8jd9vaY3MuYeyL63YLHX"
    "4JFvNKc/P8ZXJMB0tCyj7qDylez0G6yrDyfz8/f/365/NXr9+9f/vm55/fvn/lAx4/lYb8"
    "x/ZnAD/EWSZsrHmWq3WbsJflacdb8EFficI24OLW/kjKLMnyH0+qlbwDBBN6adhtnaMwDa"
    "y9rIuXbheIddFAhEL3E57SiSI8memQ98mk9/rDwhLHeQ1wt4+0sjWF9D+kQ3qp24wINEIi"
    "rQdP/EEcBxKhitTK7MBUtx3TWn4QV4DG3FLMtiI4TjjVTJmKS7i3uFNCsrGkpeEPUKks/D"
    "my8JOJ7mh+/bKpuZBlV0yc0wnU+9vY+ezLlQaM3bGNxgZ4pjtskWBsKV0ifufojtyzpYEv"
    "H67zF2SDsRxJtb/Nu9mxGoPMsG5o9uLu/8hYohJMzloSIzze3CW10eg/Q7YiiCz5p6enIi"
    "/+vRU5MCGBAz9GI7ZZzObOEs3YKiO2FX4bL9m28WxaE6l//G4vdeBcK2JOQMmC/DPJozre"
    "aVTESr2TYbHIDJ7f0jbbKmXkas/MsWf6APL1XhPrvb8N5tg+13e0v5305/OciywoerwHQA"
    "8mY6kh92vKZgjMAvIeTq442rK/nRva3OHKuyLGCNWiWPxeJRazDQyhYUqVAqM8ps+4G+Ri"
    "PtkwsU2YUlm8SzzsMYu394beLfMp9WN0JU4HcTDDt19+Ihe0ESplM1ln/l7NxQLstaVKHl"
    "C4Cj722hYQvR+f71ubQaL14o9qtmcdi8h7XoBJJKx7BHC8k7EBuWZ8/8CE/xmHJBggeekX"
    "qazS4PAH1SJmouTHtiBAkr1KsqovYCQSoJsWHznIKt/wA1/5UEz83twJ4A+z2zjaodvMmV"
    "rm4mEaa3HvbSbSicSOa7GB+pHVhnal08dauhGNN6lntqIZXvNMzhRcHgUS8H2AXPMukA2E"
    "kYXpxJwhx3wktI64CWrC2hhLhCHPiQ0O0FO5TFxMt8rKVS4rFx8yDYYnDm5K8vYQVTFRRo"
    "eFecfFj8n3uc7kkE20AiHKCsqLxysfxtUC91gXGpzcueEllJVxSypMRHTzgOd/iUKESrNW"
    "5lfInDPoNxnjEOHRjHHtk27ZDrIX4zGx7fuFgZ6woU+4MIdOgj5HyCbERs9Tzjdxw8N4wT"
    "itGfshHl2e/G4H/Vd49qmE5cmL+XHqdbMkLFdZv1TWr8OrVArM+rXLSBGvXrhUw+GX8U3T"
    "bKwaZXMLnizGDsLBjcowbHSC0YwQ8LZFlmnO6hCybS4s+JyaDjHA2W0p2RCL6VLpMcqlx1"
    "CJMXebGDN4ZzGYkyvoRMgqkI8mje1RJXQUR1oMR1oiY/ihB3m3PGmyFTY3U7qtHfZIONM0"
    "S2yPzfte+2KQLSOty+MWk4y2Qoj/iKegXdk/C0zdu51l+hjAY3dqFwCaK9f86vZWJbT2IC"
    "n6sCVLjEFk10qO2p/B1hlESK89gk0a9Jg0rN4UCQBA9RmoJ+Gl+fLCRHVbxINaMzKRCZXF"
    "XwRiTNv0CVs6pg46GU8JGDEQu4SNn8gLUWleVP1GfETQHTFMCD51zFUVej/MlU6gezykc2"
    "K99K7P6T5wc77bEzvr390YU2o6rJFhgLDM6AKlPgRtctqzgJwv9g6V+Oyghn4mo0mWweRg"
    "AZ/geIMENo2Ki73eW/Rz4HCE8ZSnkmTD4a6mWYc/RnjE06DLv2EDiafxVl0OxU9syeWPav"
    "OlzzDH2CANxEdcDDD7QtkCKYa2uRgv2Dz4wUY3vgvs8DoHnkaqkE/BrgxKrZMMdXXVOtga"
    "T6FcxAbDHiE9HgeHJuN33XtfMcmME6UmAm6VrYXYZnztB5cBZSyqARNgiR4YCeUmFwm/XV"
    "CnFXZlEA+Ri5cOkpRZecj9kUMiDNtnsYNWKXXccT9QLWZPUM0FfpiozPCXRXcblTA3V90G"
    "DNdHBnFWrW14dq1P6ekHSBTjqVFafePmS0k+yg2HLbgib176bUZsG29d9e1a9FIezgIGAL"
    "bAGdzJig3A6Ndbtnu2ux3kPjgwA3YdmRYkd2t2+t9avdUpwSBk3CkOokcdEDyrSZSn/Hg9"
    "TWPqeC0yaEmhLc+WygbXsdGz7kzRMyGPxtLXIYrUFzrlIT3mM0XAaaJ/m7I0GkV0qJxsyq"
    "VDhFi7GKrJPjZu88qFBxVf6Ul5L/ngnp1nQZe1SoSXnwvjC8uKBstKHpBDRHv0XLodXORU"
    "cJYmzA0bz3hpaxAvIOE10pKBRShVHrAcecA83j4ha2ayjj9GeMQ6fq5In5ncRvP778Paq7"
    "83Xr0SZpkz8RXsj6enpz9GI884CxzKT3YaF1NYr4c2AxmmvbBkEkCKBShAU46JAdfLPTEu"
    "2brijwu3sEO21EkdjUZsQM9fnb97eXb+8vwtjCobyD/YQJ60+10EmlSfN/UHU+JQvosLHG"
    "C6xBQtWSRLt3bCdoJl5qof5Qy7LFwYDAruUHSuiIwkVcuVL80/4j1kNNsIvJiyDCOBHPvR"
    "fCJAEs8hwgk8oTpT6hB/PiRL92L2y+R7/71IkfBXbTLI+AzJJzafRPQndhw8npIJuAsFPJ"
    "Ks1LLnG/QBfkyjkecINRr9bTTyfEj5j7GhE+qwUZ7N2XxmqyN2E2tyZyNQpWHeK/yEpPxz"
    "nV3v3jJnQxrMbc09q7jbE+sZlmGdjo3FBGqz0wlbkwmGpCS8le7AeYvMzCcyaSDLfBblXn"
    "iBGJt3O6sj2xRNeNJ+0Su7E1e157pzYca18ntxdX/QiH2aKQUhIxqM32seMtCelxmcL+4M"
    "fayxsdSfdGcJFj9G9HvIVzm1YRjR1OZKgbJPBYo7o+VSaIsuZrHVPOxSsSIvs+Rfu7jtD7"
    "rXrV4Ded+G9KbX/dq+hGPetyH92B18aSD4n9FOF9YUZFIUpOgJYmqCxHT1yUqC5ET1xxjc"
    "tIdAsoXFEBkn6BHXvwIB8j3i3e586uaVO4CmgeD/kDYvwByh9Vq/3rZ7rcsGihwY0tve51"
    "Zn0EDic5PXIZPeLEVtFteaMQFhblJ5qsh1NV2DlMfjqwJeR9wZ2vXcg12eIDHn2MJbj44b"
    "Y0ewZQGPgpH7zC/vllyyk3gHFtx5hX1X2MvvLDbeJlfUe1wiujetTt4lAmgaCP4P6bdme9"
    "DufG4g98uQ9lr97tVXWC28b0PKBPg+HBGf5VgmOG+5QTXtshfSrvUJ65tNMCRqv3vvLdy8"
    "Zz7+IGrDk+/+EVdGGI28Z0T/D53JnIUL733XybfgikHZIeeeIKNX3qtlWZazeK8GhcgN3v"
    "cwZXlf+4EXOnVvWt57Z4cUEjbbt0+edFu/0w02mVHz6urFB/SKKxrgbtGCOrrh+v5btpNQ"
    "nbb4a+xjCZBoETZZCeTdHA2rWEi+iBK9/5nYMhW08Fdc9rFt6w88tSI4cuVzapbSquoX8a"
    "XVBypgeMiLcYBUQRyH+FBZ/ioOa9jYkA9dKa0COTlcMG/loRidAlcCrmuAywltmEoBGwfW"
    "tQDnwzVMpGAtU6WsCgKbEl92iHy1JUM4a5xSSrraVU4wydJQALbtVU/VxDa8IGbANuhQsi"
    "W41S7wFtnCM0B7uHSBRwpxtmyByfKEAjrrXJaJUhngDmkPCkDbC0qsJsoyXUtCVchkFZpa"
    "l7OiHNQaZoB5Je0qiNctF1HFQO7apkG3ufmcrT6WNjawPtsyGOAC+igN7sJQ5z7fT26Msp"
    "vJEeKZg8kbYUmoe7VyAn7GPBMNOEhPyJhthdtGmof3yv0BXjaLSyaA9p354ChBgumszbD1"
    "KA01yQNUj/V0zTuqElY7ze3AF5MBNrjlMCEERJyur48D0Ry/5dpokP5iZgddEfHE/kl4H9"
    "lhzySbOymA4yL4JizRI1lyLwR7yp5e4tdUXL/SvLJuVgHeSuWU/cvmgzi06jHkVPk+i1Pl"
    "+2SnyvfxUAQ+vWPg9mfsBU9OIeYRVSl72Ovzn9/5Exd+pM3Z/nXz6kqiMRfORo7J1kfJDq"
    "c/JGvNI5SldVvLC+vfz89fv/75/NXrd+/fvvn557fvX/kgx0+lQf6x/bndiaQukOQocPD9"
    "/SYDECFU+GfHP0dE905ZHH38SBwpdyPOpDM2qzZrWZou4yVEe553yg8NPcHo3tAfpg6v6A"
    "ZDUYcAVfJEqMOYD9uWRPVv2ZdKXVUuVoXNK/2JWEsNppicaVkfWBLrpMysTK2lDdoXv7QG"
    "DeR9G9Kbbn/QvGog8Tmkzc+tzsVv2g07fXvTQKGf7Gy7d9PtDbTLVv8XdjLwK5sOY9eRJ0"
    "cYJnTT6ly2O59rOcfSJWMDJ74Mabvfv4VIIPE5pJetq/bXFg8u9L+WY5SEtJdHUFhRbDQy"
    "JVPJ7jp5nG7bi42cskOEyvO+zJ737s6z0TBHadVIl3mkVYxF8kJa3RgLVYF+N66S7IqLWe"
    "6olQiVcpUspatk2eZuAb6S0lT83mwsANwmT9fldXZcMzgrvJGXN7dfw05VYRZ+IoZBrBvL"
    "vNc5ynGlWLRNPVU95rXW5oHmazVl3yBbWdR5AVFCJrx65CPbp+ATpqpvpfMvFVeWbd+d0p"
    "eVS19mM16STSlyzwQHKvPTzqhjiXezR2VLp6vd9FqfWr1W56KVV+USIm6g0M8h/dbuXHa/"
    "NZD4BFVZ/6oFOjL2UQ61y4xgY+0Iyl8SCWnlkpsVb7KlpiNzNBqQ7wlrkU9QAXDTZLHWvw"
    "YhMSyWodgXxa66nc9e82ja4kgauflkQzE5TKnE5LKIyRLtSMxTbcXt5Nr0o2TFiMpHv//n"
    "sA8HuS3GW0PCFo/P3tJlsO32dxmQco7shcvkZGmYS2ww2NyU3lN9viVwV6LDa7+/KiEXF8"
    "Iki0Acvy4lA5P9K9bFv1xvflY5OLroZSgft5Vsy8GUyLMeyMky7MJrsT6DOUV4PDYX1DlF"
    "n6HIG/wkts3d7JmE+Qi1XSGTdzgheR0xVgu8NDzimABbZMdZcn6bkZg0y2RQqGTcexVxyQ"
    "zrEme0ZLHIJ6hcRbPzt1lKQbFWyfLn21gxKFXUbLeZtOfTnAXNfALlVbHeq8Iwx9jYWO+1"
    "ot6jbC9Kp+VyEes0EKFD+qnHOrTAiaiBhGdb7hmeZX4nz+6jLtjXWliMM/jbDbZ0O+8IfD"
    "IttxAUhL7AE/CSUOQl7DU2Omk3O00EqEhcVHPS7rkWIGdpNnx9PNoybwXSKhecd2wIFnJV"
    "80LrD5qfPq0qX4jfQzroNb+2rrRrNk6foZ/wb+GdORBemay35uV1m72v/IP96jSvfoNruV"
    "+GlHE8rc+9JuSQh7oD/o9yqKN1W3sSMmpE5E2rCrkiUgUhcxSE5El1JS9fegVOn2iPWHss"
    "79FCrdy1kleU49RDZ3HXYsNgbzToIcKjccSsffNqq82JZZv0J9v9gg1gQDB6xjYSj4ZO5j"
    "ZZTEy6nOns54sPiJInYqEFnUgLrBbac4XdQoMKo3zGDwmlcmhb69AWVdBt6Xj118hBJZlq"
    "CRmosliasO+stqWlpIpeb2F+bzHRHY09nyUtLpgLK+iqxXpaVhQrV3O/JUzV81INC2v0gd"
    "g8PdSe0dpjVqeAhOyZb9BJsKCsvWQQzF6Iyq7PlumIqrS+6Ue/536MEz2eBGUL6AXK4ymm"
    "W6ctcmHnW9QF77A0I1DsdLXIk06e2XStaAIyngYPPU9N5IAHLcxC/qRivvLcOg4UKwYUkO"
    "7EVYVbYOvnSK0etsVOQntxN9Mdp5KzsFikOD4az5hQBEqtp+pydmOLAGuX4FqaCyreU4d1"
    "VFGo9p3q7xgxeiZ3U7aDaG5I8NbSQnfh3Jnf24xNKg1gtW9T0yYRLRJG31ofv3S7vyDLfP"
    "bL6p6AYgk4PbaLzthRJsEbdtH7p8kh0nSGUfXALpqNU3kos2JFKNz9RLOJca+5UVcanm/r"
    "VNpn3fVFb815Fo/SY5xnqyTeIj3ldpCJFJ0Vhcp2sOUopPLISQqqrXPohrcEwNRLaytH1H"
    "P7zrYxEMvPp1sRcOUhMoGA4G1hk8UkVwS7uJd7AEuCZUzbNabLgQn/M1p/MtbEKJeHcIrR"
    "hz+WFo1bdx/SgtnEtoyVXMYDVDiMpsXfdkgE7MLrmon8hcA9BSEB7im2npqLh6l/1KtTIo"
    "1nYMe1GMo/UuMWvgmZqCYJXfBO1dOiF54DjbIEMHwZDG5O+i8QoZO5yWAV+mWLjAkTySDa"
    "QDAnPEUfD5YneDx180vqDrIXd9DjHY9EkAYyFHqBIR3SFpz3ch/yiAiKhFjDxamT0UiIJr"
    "+wiXrqClqj0QvErw7y1ZRYREX5lzAEYmHlCoBwm5fZK3NzB/2MHvqpLvoxr8ckJec/+91O"
    "goeQTxF1D9LHDvovMnR7ZzGStX/cL+gYkER3C91g7659Ctf7n1q+Qah1MPgi31vmDDVg8j"
    "VG7rKgtb62OoP+KL5wZSPJ7uEDCANFctR5NMC8HvbagQ6iUec2GVtE4vSV/MqsKMr81tT6"
    "7AFIoKaNu1tYdfQ81dnqP56S8aPNT325bl687H9pnr99x3cS7CwsIih1SWRdoT3vP8hGp2"
    "NjMSGap0/UYG5KWOpUL+akPsrt1Fy7wUvDZKIsYrQm15oueTiBXfdiDOrI1bqjO3Oiu4EI"
    "HBn0hI0FsePzoahOlWO1cqxWjtVVc6xWaV2qNuoS72Zf75I7+UiV7Zbg6OPqEiL2SiZx+z"
    "mcZUL/LlWxOZNANNngjKc1iS7FPVNPU6XgVZt1mpTk10bpGMqlY2DT1pY60ScLTQGSMktN"
    "m+oa3r7NlGzhbUqyhbdROQXPJbGVyQi7zSuI7lkmKfAsRQo8i0uB7IqONANvsh4nQLJ/Rc"
    "7uzQI7Vbnk4A2K38x+/H+bZ2HV"
)
