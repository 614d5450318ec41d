"""Error messages in the caller's language, from the gettext catalogues (``roost/locale``).

A user reads refusals in their own language (``User.locale``); guests and anonymous callers
in the one their ``Accept-Language`` prefers; English otherwise. The codes never change.
The catalogues hold a French and a German translation of every marked message, and the
compiled ``.mo`` files are those of the ``.po`` sources.
"""

from __future__ import annotations

import io
import string
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import models as m
from resolvers.access import writable
from resolvers.errors import Rejected
from resolvers.principal import Principal
from roost.i18n import DOMAIN, LOCALE_DIR, translate
from tests.conftest import Api, DemoWorld
from tests.test_selfservice_edits import make_case, make_venue, update, value
from tests.test_subscriptions import MESSAGE_ADDED, ended
from tests.test_threads import (
    SET_THREAD_STATUS,
    START_THREAD,
    booking_of,
    client_id,
    gid,
    mutate,
    send,
    started,
)
from tests.wsclient import WsClient

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ("fr", "de")

BOOKING_COMMISSIONS = """
query { bookings(first: 1) { edges { node { reference commission } } } }
"""
ME = "query { me { id } }"
VALIDATE = """
mutation ($input: ValidateSelfServiceLinkInput!) {
  validateSelfServiceLink(input: $input) { accessToken errors { code message field } }
}
"""


# --- helpers ----------------------------------------------------------------------------


def marked_messages() -> set[Any]:
    """Every message the sources mark (``N_``, ``translate_plural``; ``{% trans %}``, ``_()``
    and ``ngettext()`` in the templates), as ``make messages`` extracts them: a plural message
    is a (singular, plural) pair."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    keywords = {"N_": None, "translate_plural": (1, 2), "_": None, "gettext": None}
    keywords |= {"ngettext": (1, 2)}
    found = extract_from_dir(ROOT, method_map, options_map, keywords=keywords, comment_tags=())
    return {message for _file, _line, message, _comments, _context in found}


def catalogue(language: str) -> Any:
    """The ``.po`` catalogue of ``language``."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        return read_po(source)


def placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


async def post(
    api: Api, query: str, variables: dict[str, Any] | None = None, **headers: str
) -> dict[str, Any]:
    """The response body of ``query`` sent with ``headers`` (``Accept_Language=...``)."""
    response = await api.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={name.replace("_", "-"): text for name, text in headers.items()},
    )
    return await response.json()


def errors(payload: dict[str, Any]) -> list[tuple[str, str]]:
    """A payload's user errors as (code, message)."""
    return [(error["code"], error["message"]) for error in payload["errors"]]


def graphql_errors(body: dict[str, Any]) -> set[tuple[str, str]]:
    """A response's GraphQL errors as (code, message)."""
    return {(error["extensions"]["code"], error["message"]) for error in body["errors"]}


def frame_errors(frames: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The (code, message) of every error the WebSocket frames carry."""
    found = []
    for frame in frames:
        if frame["type"] == "error":
            found.extend(frame["payload"])
        elif frame["type"] == "next":
            found.extend(frame["payload"].get("errors") or [])
    return [(error["extensions"]["code"], error["message"]) for error in found]


# --- the catalogues ---------------------------------------------------------------------


def test_every_marked_message_has_a_french_and_a_german_translation() -> None:
    # given the messages the sources mark for translation
    marked = marked_messages()
    assert "This thread is closed." in marked
    for language in TRANSLATED:
        # when reading the language's catalogue
        entries = {entry.id: entry for entry in catalogue(language) if entry.id}
        # then each message is translated, not fuzzy, with the same placeholders
        assert sorted(marked - set(entries)) == [], language
        for message in marked:
            entry = entries[message]
            forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            source = message[-1] if isinstance(message, tuple) else message
            assert all(form.strip() for form in forms), (language, message)
            assert not entry.fuzzy, (language, message)
            for form in forms:
                assert placeholders(form) == placeholders(source), (language, message)


def test_the_template_lists_exactly_the_marked_messages() -> None:
    # given the committed template (make messages writes it)
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as source:
        template = {entry.id for entry in read_po(source) if entry.id}
    # then it is up to date with the sources
    assert template == marked_messages()


def test_the_compiled_catalogues_are_those_of_their_sources() -> None:
    for language in TRANSLATED:
        # given a language's .po source, compiled as make messages does
        compiled = io.BytesIO()
        write_mo(compiled, catalogue(language))
        # then the committed .mo file is the same
        shipped = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        assert shipped.read_bytes() == compiled.getvalue(), language


# --- users read refusals in their language ----------------------------------------------


async def test_a_french_and_a_german_customer_read_thread_closed_in_their_language(
    orm: None, world: DemoWorld, api: Api
) -> None:
    expected = {
        "CUSTOMER": "Cette conversation est close.",
        "CUSTOMER_OTHER": "Diese Unterhaltung ist geschlossen.",
    }
    for customer, message in expected.items():
        # given a thread of the customer that an agent closed
        booking = await booking_of(world, customer)
        thread = await started(api, customer, bookingId=gid("Booking", booking.id))
        await mutate(
            api,
            "AGENT",
            SET_THREAD_STATUS,
            "setThreadStatus",
            threadId=thread["id"],
            status="CLOSED",
        )
        # when the customer writes again
        payload = await send(api, customer, thread["id"], clientMessageId=client_id())
        # then the refusal keeps its code and speaks the customer's language
        assert errors(payload) == [("THREAD_CLOSED", message)]


async def test_a_french_customer_reads_option_booking_and_not_found_in_french(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire (French) and her booking that is still an option
    option = await booking_of(world, status=m.BookingStatus.OPTION)
    # when she opens a thread on it, and writes to a thread that does not exist
    body = await api.query(
        "CUSTOMER",
        START_THREAD,
        {"input": {"bookingId": gid("Booking", option.id), "body": "Parking ?"}},
    )
    missing = await send(api, "CUSTOMER", gid("Thread", 999_999), clientMessageId=client_id())
    # then both refusals are in French, with their codes
    assert errors(body["data"]["startThread"]) == [
        (
            "OPTION_BOOKING",
            "Impossible d'ouvrir une conversation sur une réservation en option ; utilisez "
            "plutôt le champ des commentaires de l'offre (Booking.offerComments).",
        )
    ]
    assert errors(missing) == [("NOT_FOUND", "Cette conversation n'existe pas.")]


async def test_a_german_customer_reads_not_found_and_forbidden_in_german(api: Api) -> None:
    # given Jonas (German)
    # when he writes to a thread that does not exist, closes a thread (an agent's job),
    # and reads the commission of his bookings (a denied field)
    missing = await send(api, "CUSTOMER_OTHER", gid("Thread", 999_999), clientMessageId=client_id())
    closing = await api.query(
        "CUSTOMER_OTHER",
        SET_THREAD_STATUS,
        {"input": {"threadId": gid("Thread", 999_999), "status": "CLOSED"}},
    )
    commissions = await api.query("CUSTOMER_OTHER", BOOKING_COMMISSIONS)
    # then every refusal is in German, with its code and the names it quotes
    assert errors(missing) == [("NOT_FOUND", "Diese Unterhaltung gibt es nicht.")]
    assert errors(closing["data"]["setThreadStatus"]) == [
        ("FORBIDDEN", "Ihre Rolle darf setThreadStatus nicht verwenden.")
    ]
    assert graphql_errors(commissions) == {
        ("FORBIDDEN", "Sie dürfen Booking.commission nicht lesen.")
    }


async def test_a_french_customer_reads_forbidden_fields_in_french(api: Api) -> None:
    # when Claire (French) reads the commission of her bookings
    body = await api.query("CUSTOMER", BOOKING_COMMISSIONS)
    # then the field error is in French
    assert graphql_errors(body) == {
        ("FORBIDDEN", "Vous n'êtes pas autorisé à lire Booking.commission.")
    }


async def test_deadline_and_validation_messages_follow_the_customer_language(
    orm: None, world: DemoWorld, api: Api
) -> None:
    expected = {
        "CUSTOMER": (
            "Le délai de modification de cette réservation est dépassé.",
            "Saisissez une plaque d'immatriculation : 2 à 12 lettres ou chiffres, avec des "
            "espaces ou des traits d'union.",
        ),
        "CUSTOMER_OTHER": (
            "Die Frist für Änderungen an dieser Buchung ist abgelaufen.",
            "Geben Sie ein Kennzeichen ein: 2 bis 12 Buchstaben oder Ziffern, mit Leerzeichen "
            "oder Bindestrichen.",
        ),
    }
    for customer, (deadline, plate) in expected.items():
        # given a booking of the customer at a venue with self-service
        venue = await make_venue()
        case = await make_case(
            world, venue.service, venue.app, customer=customer, starts_in=timedelta(days=30)
        )
        # when the customer enters an invalid licence plate
        bad = [value(venue.fields["licence_plate"], "!!")]
        invalid = await update(api, customer, bad, case.id)
        # and, once the deadline is 40 days before the start, a note
        await m.SelfServiceApp.filter(id=venue.app.id).update(edit_deadline_hours=40 * 24)
        late = [value(venue.fields["notes"], "Late arrival")]
        refused = await update(api, customer, late, case.id)
        # then both refusals are in the customer's language
        assert [e["message"] for e in invalid["errors"]] == [plate]
        assert errors(refused) == [("EDIT_DEADLINE_PASSED", deadline)]


# --- guests and anonymous callers: Accept-Language -----------------------------------------


async def test_an_anonymous_caller_reads_refusals_in_its_accept_language(api: Api) -> None:
    # given no token, and the languages a browser may prefer
    cases = {
        "de-CH, en;q=0.5": "Anmeldung erforderlich: Senden Sie ein Bearer-Token.",
        "es, fr;q=0.8, de;q=0.5": "Authentification requise : envoyez un jeton Bearer.",
        "es": "Authentication required: send a Bearer token.",
    }
    for header, message in cases.items():
        # when it asks who it is
        body = await post(api, ME, Accept_Language=header)
        # then the refusal is in the preferred language we speak, English by default
        assert graphql_errors(body) == {("UNAUTHENTICATED", message)}, header


async def test_a_guest_reads_the_login_refusal_in_its_accept_language(api: Api) -> None:
    # given a link token nobody issued
    variables = {"input": {"token": "x" * 43, "email": "someone@example.com"}}
    # when a guest logs in with it, with a German browser
    body = await post(api, VALIDATE, variables, Accept_Language="de-DE,de;q=0.9")
    # then the refusal is in German
    assert errors(body["data"]["validateSelfServiceLink"]) == [
        (
            "LINK_INVALID",
            "Dieser Link ist ungültig oder abgelaufen. Fordern Sie beim Anbieter einen neuen an.",
        )
    ]


async def test_a_guest_token_reads_field_refusals_in_its_accept_language(
    world: DemoWorld, api: Api
) -> None:
    # given a guest of a self-service link with a French browser
    headers = {"Authorization": f"Bearer {world.tokens['GUEST']}", "Accept_Language": "fr"}
    # when it reads a denied field
    body = await post(api, BOOKING_COMMISSIONS, **headers)
    # then the refusal of the denied field is in French
    assert graphql_errors(body) == {
        ("FORBIDDEN", "Vous n'êtes pas autorisé à lire Booking.commission.")
    }


async def test_a_user_language_wins_over_accept_language(world: DemoWorld, api: Api) -> None:
    # given Jonas (German) with a French browser
    headers = {"Authorization": f"Bearer {world.tokens['CUSTOMER_OTHER']}", "Accept_Language": "fr"}
    # when he reads a denied field
    body = await post(api, BOOKING_COMMISSIONS, **headers)
    # then the refusal is in his own language
    assert graphql_errors(body) == {("FORBIDDEN", "Sie dürfen Booking.commission nicht lesen.")}


async def test_a_refused_token_is_told_so_in_its_accept_language(api: Api) -> None:
    # given a token that is not one of ours, from a French browser
    headers = {"Authorization": "Bearer not-a-token", "Accept-Language": "fr-FR"}
    # when it asks who it is
    response = await api.client.post("/graphql", json={"query": ME}, headers=headers)
    body = await response.json()
    # then the request is refused with 401, in French
    assert response.status == 401
    assert graphql_errors(body) == {("UNAUTHENTICATED", "Le jeton n'est pas valide.")}


async def test_a_german_subscriber_reads_not_found_in_german(api: Api) -> None:
    # given Jonas (German) on a WebSocket
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER_OTHER"]) as ws:
        # when he subscribes to a thread that does not exist
        variables = {"threadId": gid("Thread", 999_999), "afterSeq": 0}
        await ws.subscribe("m", MESSAGE_ADDED, variables)
        frames = await ended(ws, "m")
    # then the stream ends with the refusal in German
    assert frame_errors(frames) == [("NOT_FOUND", "Diese Unterhaltung gibt es nicht.")]


def test_a_field_the_role_may_not_write_is_refused_in_the_reader_language() -> None:
    # given a customer who tries to change an account's role
    customer = Principal(role=m.Role.CUSTOMER, user=None)
    # when the policy checks the write
    with pytest.raises(Rejected) as refused:
        writable(customer, "User", ["role"])
    # then one FORBIDDEN refusal names the field, and reads in French and German
    (refusal,) = refused.value.errors
    assert (refusal.code, refusal.field) == ("FORBIDDEN", "role")
    assert translate(refusal.template, "fr", **refusal.params) == (
        "Votre rôle ne permet pas de définir User.role."
    )
    assert translate(refusal.template, "de", **refusal.params) == (
        "Ihre Rolle darf User.role nicht setzen."
    )


# --- refusals before the document runs -------------------------------------------------


async def refused(api: Api, method: str, path: str, **options: Any) -> tuple[int, str, str]:
    """The status, code and message of an HTTP-level refusal."""
    response = await api.client.request(method, path, **options)
    (error,) = (await response.json())["errors"]
    return response.status, error["extensions"]["code"], error["message"]


async def test_http_refusals_speak_accept_language(orm: None, api: Api) -> None:
    # given anonymous callers who prefer French or German
    french = {"Accept-Language": "fr-CH, en;q=0.5"}
    german = {"Accept-Language": "de"}
    # when they use a method GraphQL is not served over, or a media type it does not answer in
    put = await refused(api, "PUT", "/graphql", headers=german, json={"query": "{ me { id } }"})
    png = await refused(
        api, "GET", "/graphql?query={__typename}", headers={**french, "Accept": "image/png"}
    )
    # or send a body that is not JSON, or a mutation over GET
    broken = await refused(
        api,
        "POST",
        "/graphql",
        headers={**german, "Content-Type": "application/json"},
        data=b"{not json",
    )
    mutation = await refused(
        api,
        "GET",
        '/graphql?query=mutation{markThreadRead(input:{threadId:"x"}){errors{code}}}',
        headers=french,
    )
    # then each refusal keeps its status and code, in the caller's language
    assert put == (405, "METHOD_NOT_ALLOWED", "GraphQL wird nur über GET, POST bereitgestellt.")
    assert png[:2] == (406, "NOT_ACCEPTABLE")
    assert png[2].startswith("Non acceptable : cette adresse répond en application/")
    assert broken[:2] == (400, "BAD_REQUEST")
    assert broken[2].startswith("Die Anfrage ist kein gültiges JSON: ")
    assert mutation == (
        405,
        "METHOD_NOT_ALLOWED",
        "Seules les requêtes peuvent être envoyées en GET ; envoyez les mutations en POST.",
    )


async def test_a_body_over_the_limit_is_refused_in_the_callers_language(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a body larger than ROOST_MAX_BODY_BYTES
    too_big = b"{" + b" " * world.settings.max_body_bytes + b"}"
    # when a German-speaking caller posts it
    status, code, message = await refused(
        api,
        "POST",
        "/graphql",
        headers={"Accept-Language": "de", "Content-Type": "application/json"},
        data=too_big,
    )
    # then it is a 413 in German that names the limit
    assert (status, code) == (413, "PAYLOAD_TOO_LARGE")
    assert message == (
        f"Der Inhalt der Anfrage ist zu groß: höchstens {world.settings.max_body_bytes} Bytes."
    )


async def test_an_unknown_address_is_refused_in_the_callers_language(api: Api) -> None:
    # when a French-speaking caller asks for an address that serves nothing
    status, code, message = await refused(api, "GET", "/nowhere", headers={"Accept-Language": "fr"})
    # then the 404 is in French
    assert (status, code, message) == (404, "NOT_FOUND", "Rien n'est servi à cette adresse.")


async def test_a_syntax_error_is_reported_in_the_users_and_the_callers_language(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a document that does not parse
    broken = {"query": "{ me { id }"}
    # when the French customer, and an anonymous German-speaking caller, send it
    french = await api.client.post(
        "/graphql",
        json=broken,
        headers={
            "Authorization": f"Bearer {world.tokens['CUSTOMER']}",
            "Accept": "application/json",
        },
    )
    german = await api.client.post(
        "/graphql", json=broken, headers={"Accept-Language": "de", "Accept": "application/json"}
    )
    # then each reads it in their language, the parser's detail kept, the code unchanged
    ((code, message),) = graphql_errors(await french.json())
    assert code == "GRAPHQL_PARSE_FAILED"
    assert message.startswith("Erreur de syntaxe dans le document GraphQL : ")
    assert "Expected Name, found <EOF>" in message
    ((code, message),) = graphql_errors(await german.json())
    assert code == "GRAPHQL_PARSE_FAILED"
    assert message.startswith("Syntaxfehler im GraphQL-Dokument: ")


async def test_a_download_without_a_token_is_refused_in_the_callers_language(api: Api) -> None:
    # an attachment and an invoice export need a token: the 401 speaks Accept-Language
    for path in ("/attachments/1", "/exports/invoices.csv?company=1&from=2026-01-01&to=2026-12-31"):
        response = await api.client.get(path, headers={"Accept-Language": "de"})
        assert response.status == 401
        body = await response.json()
        assert (
            body["errors"][0]["message"] == "Anmeldung erforderlich: Senden Sie ein Bearer-Token."
        )
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
