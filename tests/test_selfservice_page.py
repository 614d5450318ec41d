"""The self-service page in a real headless Chromium, from the link of a real e-mail.

A venue of the test's own (PREMIUM, its app on, fields of every type editable) confirms a
booking through a real ``roost serve``; the worker writes the confirmation e-mail to the
mail folder; the browser opens its link and the customer validates, edits and saves, in
English, French and German. Screenshots of each step go to ``var/test-artefacts/``.
The accessibility check injects axe-core, installed once from the npm registry into
``var/test-cache/`` (skipped, saying why, without node and npm).
"""

from __future__ import annotations

import email
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

import models as m
from resolvers.selfservice_guests import TEXTS as GUEST_TEXTS
from resolvers.selfservice_links import create_link
from resolvers.validation import message
from roost.auth import mint_token
from roost.demo import ACCOUNTS
from roost.i18n import translate
from roost.selfservice_page import catalogue
from tests.browser import (  # noqa: F401 - browser_fixture is the `browser` fixture
    Browser,
    browser_fixture,
    chromium,
    graphql,
    needs_chromium,
    serve_roost,
    wait_for,
)
from tests.conftest import DemoWorld, make_settings
from tests.factories import booking_for
from tests.npm_cache import npm_packages
from tests.test_outbox import run_worker
from tests.test_selfservice_edits import LABELS, Venue, gid, make_venue

pytestmark = needs_chromium

AXE_VERSION = "4.14.1"
AXE_PACKAGE = f"axe-core@{AXE_VERSION}"

CONFIRM = """
mutation ($id: ID!) { confirmBooking(input: {bookingId: $id}) { errors { code message } } }
"""
PROVIDER_VIEW = """
query ($reference: String!) {
  booking(reference: $reference) {
    participants { position name }
    fieldValues { value definition { key } participant { position } }
    fieldHistory { fieldKey oldValue newValue channel }
  }
}
"""
UPDATE = """
mutation ($input: UpdateBookingFieldsInput!) {
  updateBookingFields(input: $input) { errors { code message field } }
}
"""
CONFIGURE = """
mutation ($input: ConfigureSelfServiceInput!) {
  configureSelfService(input: $input) { errors { code message } }
}
"""

#: Demo customers by the language of their bookings.
CUSTOMERS = [
    pytest.param("CUSTOMER_VIP", "en", id="en"),
    pytest.param("CUSTOMER", "fr", id="fr"),
    pytest.param("CUSTOMER_OTHER", "de", id="de"),
]


@pytest.fixture(scope="module")
def roost(world: DemoWorld, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``roost serve`` whose public URL (and so its e-mails' links) is its own."""
    # Rate limits have tests of their own; this module validates links a dozen times.
    var_dir = tmp_path_factory.mktemp("page-var")
    with serve_roost(world, var_dir, ROOST_RATE_LIMITS="off") as url:
        yield url


# --- a booking and its e-mail -----------------------------------------------------------


@dataclass
class Case:
    """A confirmed booking of a venue of the test's own, and its edit link."""

    venue: Venue
    booking: m.Booking
    staff_token: str
    customer_email: str
    link: str


def edit_link(mail_dir: Path, reference: str) -> str:
    """The edit link of the e-mail about booking ``reference`` in ``mail_dir``."""
    for path in sorted(mail_dir.glob("*.eml")):
        mail = email.message_from_bytes(path.read_bytes(), policy=default_policy)
        if reference not in str(mail["Subject"]):
            continue
        text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        if found := re.search(r"https?://\S+/self-service\?token=[\w-]+", text):
            return found[0]
    raise AssertionError(f"no e-mail with an edit link for {reference} in {mail_dir}")


async def venue_booking(world: DemoWorld, customer: str) -> tuple[Venue, m.Booking, str]:
    """A booking of a fresh venue with two named participants and a licence plate (OPTION);
    the venue's staff token."""
    venue = await make_venue()
    staff = await m.User.create(
        email=f"staff-{uuid.uuid4().hex[:8]}@venue.example",
        name="Venue Staff",
        role=m.Role.PROVIDER_STAFF,
        organisation=venue.provider,
    )
    booking = await booking_for(
        world, customer=customer, service=venue.service, status=m.BookingStatus.OPTION
    )
    for position, name in enumerate(("Léa Dupont", "Hugo Meyer"), start=1):
        person = await m.Participant.create(booking=booking, position=position, name=name)
        await m.FieldValue.create(
            booking=booking,
            definition=venue.fields["participant_name"],
            participant=person,
            value=name,
        )
    await m.FieldValue.create(
        booking=booking, definition=venue.fields["licence_plate"], value="AB-123-CD"
    )
    return venue, booking, mint_token(world.settings, staff)


async def confirmed_case(world: DemoWorld, roost: str, tmp_path: Path, customer: str) -> Case:
    """The venue confirms the booking through the server; the worker writes the e-mail."""
    venue, booking, staff_token = await venue_booking(world, customer)
    confirmed = graphql(roost, staff_token, CONFIRM, {"id": gid("Booking", booking.id)})
    assert confirmed["confirmBooking"]["errors"] == [], confirmed
    settings = make_settings(
        world.settings.database_url, tmp_path, ROOST_DEADLINE_WARNING_OFFSETS="off"
    )
    await run_worker(settings)
    link = edit_link(settings.mail_dir, booking.reference)
    assert link.startswith(f"{roost}/self-service?token="), link
    return Case(venue, booking, staff_token, ACCOUNTS[customer][0], link)


# --- driving the page -------------------------------------------------------------------


def shown(browser: Browser, element_id: str) -> WebElement:
    """The element ``element_id`` once it is displayed."""
    found = browser.driver.find_element(By.ID, element_id)
    return wait_for(f"#{element_id} to show", lambda: found if found.is_displayed() else None)


def replace(field: WebElement, text: str) -> None:
    """Select what ``field`` holds and type ``text`` over it, as a person would."""
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.DELETE)
    field.send_keys(text)


def field(browser: Browser, key: str, index: int = 0) -> WebElement:
    """The input of field ``key`` (``index``: which participant's, in order)."""
    return browser.driver.find_elements(By.CSS_SELECTOR, f'#fields [data-key="{key}"]')[index]


def error_of(browser: Browser, control: WebElement) -> str:
    """The message shown next to ``control``."""
    return browser.text(f"{control.get_attribute('id')}-error")


def step(browser: Browser, name: str) -> None:
    """A screenshot of this step in ``var/test-artefacts/selfservice-<name>.png``."""
    browser.screenshot(f"selfservice-{name}")


def log_in(browser: Browser, case: Case) -> None:
    """Open the e-mail's link and type the booking's address; wait for the form."""
    browser.driver.get(case.link)
    replace(shown(browser, "email"), case.customer_email)
    browser.driver.find_element(By.ID, "email").send_keys(Keys.ENTER)
    shown(browser, "edit")


def provider_view(roost: str, case: Case) -> dict[str, Any]:
    """The booking as the venue's staff reads it through GraphQL."""
    variables = {"reference": case.booking.reference}
    return graphql(roost, case.staff_token, PROVIDER_VIEW, variables)["booking"]


def names(booking: dict[str, Any]) -> list[str]:
    return [p["name"] for p in sorted(booking["participants"], key=lambda p: p["position"])]


# --- the flow ---------------------------------------------------------------------------


@pytest.mark.parametrize(("customer", "locale"), CUSTOMERS)
async def test_a_customer_edits_their_booking_in_the_page_from_the_confirmation_email(
    customer: str,
    locale: str,
    browser: Browser,
    roost: str,
    world: DemoWorld,
    orm: None,
    tmp_path: Path,
) -> None:
    # given a confirmed booking whose confirmation e-mail carries the edit link
    case = await confirmed_case(world, roost, tmp_path, customer)
    texts = catalogue()[locale]

    # when the customer opens the link
    browser.driver.get(case.link)
    shown(browser, "login")
    # then the page speaks their language, names the provider and the attempts left,
    # and the token has left the address bar
    assert browser.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == locale
    assert browser.text("provider") == case.venue.provider.name
    assert browser.text("login-heading") == texts["login_heading"]
    assert browser.text("attempts") == texts["attempts_left"].format(left=5)
    assert browser.driver.current_url == f"{roost}/self-service"
    step(browser, f"{locale}-1-link")

    # when they type an address that is not the booking's
    replace(browser.driver.find_element(By.ID, "email"), "someone.else@example.com")
    browser.driver.find_element(By.ID, "email").send_keys(Keys.ENTER)
    # then the page says so, with the attempts left, next to the field
    mismatch = translate(GUEST_TEXTS["mismatch"], locale, left=4)
    assert browser.text_once("email-error", bool) == mismatch
    assert browser.driver.switch_to.active_element.get_attribute("id") == "email"
    step(browser, f"{locale}-2-wrong-address")

    # when they type the booking's address
    replace(browser.driver.find_element(By.ID, "email"), case.customer_email)
    browser.driver.find_element(By.ID, "email").send_keys(Keys.ENTER)
    shown(browser, "edit")
    # then they see the booking, the time left and the editable fields, in their language
    assert browser.text("reference") == case.booking.reference
    assert browser.text("service") == case.venue.service.name
    assert browser.text("date")
    first_countdown = browser.text("countdown")
    assert re.search(r"\d+", first_countdown), first_countdown
    labels = [e.text for e in browser.driver.find_elements(By.CSS_SELECTOR, "#fields label")]
    assert labels.count(f"{LABELS[locale]} ({texts['required']})") == 2, labels
    assert browser.text("edit-heading") == texts["form_heading"]
    types = {
        key: field(browser, key).get_attribute("type")
        for key in ("phone", "email", "date", "licence_plate")
    }
    assert types == {"phone": "tel", "email": "email", "date": "date", "licence_plate": "text"}
    assert field(browser, "choice").tag_name == "select"
    step(browser, f"{locale}-3-form")
    # and the time left counts down
    wait_for("the countdown to tick", lambda: browser.text("countdown") != first_countdown)

    # when they rename a participant, change the licence plate, mistype the phone number
    replace(field(browser, "participant_name", 0), "Léa Durand")
    replace(field(browser, "licence_plate"), "gh-456-jk")
    phone = field(browser, "phone")
    replace(phone, "call me")
    browser.driver.find_element(By.ID, "save").click()
    # then the phone's message is shown next to it, the focus is on it, and nothing is saved
    wait_for("the phone's message", lambda: error_of(browser, phone))
    assert error_of(browser, phone) == message("phone", locale)
    assert phone.get_attribute("aria-invalid") == "true"
    assert browser.driver.switch_to.active_element == phone
    assert browser.text("form-error") == texts["fix_errors"]
    assert names(provider_view(roost, case)) == ["Léa Dupont", "Hugo Meyer"]
    step(browser, f"{locale}-4-invalid-phone")

    # when they correct it and save again
    replace(phone, "+33 6 12 34 56 78")
    browser.driver.find_element(By.ID, "save").click()
    # then the page confirms, shows the values as stored, and no message is left
    browser.text_once("status", lambda text: text == texts["saved"])
    assert field(browser, "licence_plate").get_attribute("value") == "GH-456-JK"
    assert phone.get_attribute("aria-invalid") is None
    assert error_of(browser, phone) == ""
    step(browser, f"{locale}-5-saved")

    # and the provider reads the new values and their history through GraphQL
    booking = provider_view(roost, case)
    assert names(booking) == ["Léa Durand", "Hugo Meyer"]
    values = {
        v["definition"]["key"]: v["value"] for v in booking["fieldValues"] if not v["participant"]
    }
    assert (values["licence_plate"], values["phone"]) == ("GH-456-JK", "+33 6 12 34 56 78")
    history = {
        (h["fieldKey"], h["oldValue"], h["newValue"])
        for h in booking["fieldHistory"]
        if h["channel"] == "SELF_SERVICE"
    }
    assert history == {
        ("participant_name", "Léa Dupont", "Léa Durand"),
        ("licence_plate", "AB-123-CD", "GH-456-JK"),
        ("phone", None, "+33 6 12 34 56 78"),
    }
    # and the tokens were never in a cookie or the address, nothing came from elsewhere
    assert browser.driver.get_cookies() == []
    assert "token" not in browser.driver.current_url
    assert [u for u in browser.network_urls() if not u.startswith(("http://127", "ws://127"))] == []
    assert browser.csp_violations() == []


async def test_the_form_follows_changes_made_elsewhere(
    browser: Browser, roost: str, world: DemoWorld, orm: None, tmp_path: Path
) -> None:
    # given the customer's page open on their booking, a field being edited
    case = await confirmed_case(world, roost, tmp_path, "CUSTOMER_VIP")
    log_in(browser, case)
    browser.wait_for_frame_sent('"subscribe"')
    replace(field(browser, "number"), "12")
    # when the venue changes the notes meanwhile
    notes = {"fieldDefinitionId": gid("BookingFieldDefinition", case.venue.fields["notes"].id)}
    values = [notes | {"value": "Late"}]
    variables = {"input": {"bookingId": gid("Booking", case.booking.id), "values": values}}
    updated = graphql(roost, case.staff_token, UPDATE, variables)["updateBookingFields"]
    assert updated["errors"] == [], updated
    # then the page shows the new value at once (bookingUpdated), and keeps the edit
    wait_for("the new notes", lambda: field(browser, "notes").get_attribute("value") == "Late")
    assert browser.text("status") == catalogue()["en"]["updated_elsewhere"]
    assert field(browser, "number").get_attribute("value") == "12"
    step(browser, "en-live-update")


async def test_after_the_deadline_the_page_is_read_only_in_the_language_chosen(
    browser: Browser, roost: str, world: DemoWorld, orm: None, tmp_path: Path
) -> None:
    # given a French customer's page, switched to German
    case = await confirmed_case(world, roost, tmp_path, "CUSTOMER")
    log_in(browser, case)
    browser.driver.find_element(By.CSS_SELECTOR, '[data-lang="de"]').click()
    german = catalogue()["de"]
    assert browser.text("edit-heading") == german["form_heading"]
    assert browser.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    assert LABELS["de"] in browser.text("fields")
    # when the venue closes edits (the deadline is now far before the booking) and the
    # customer still tries to save a change
    provider = gid("Organisation", case.venue.provider.id)
    variables = {"input": {"providerId": provider, "editDeadlineHours": 24 * 60}}
    configured = graphql(roost, case.staff_token, CONFIGURE, variables)["configureSelfService"]
    assert configured["errors"] == [], configured
    replace(field(browser, "licence_plate"), "ZZ-999-ZZ")
    browser.driver.find_element(By.ID, "save").click()
    # then the page turns read-only and says why
    shown(browser, "closed")
    step(browser, "de-6-deadline-passed")
    # and so it stays when the page is loaded again, in the language chosen
    browser.driver.refresh()
    shown(browser, "closed")
    assert browser.text("closed") == german["closed_text"]
    assert not browser.driver.find_element(By.ID, "save").is_displayed()
    assert not browser.driver.find_element(By.ID, "countdown").is_displayed()
    inputs = browser.driver.find_elements(By.CSS_SELECTOR, "#fields input, #fields textarea")
    assert inputs
    assert all(i.get_attribute("readonly") is not None for i in inputs)
    assert field(browser, "choice").get_attribute("disabled") is not None
    step(browser, "de-7-read-only")
    values = {v["definition"]["key"]: v["value"] for v in provider_view(roost, case)["fieldValues"]}
    assert values["licence_plate"] == "AB-123-CD"


async def test_a_link_locks_after_five_wrong_addresses(
    browser: Browser, roost: str, world: DemoWorld, orm: None
) -> None:
    # given a German customer's edit link
    venue, booking, _ = await venue_booking(world, "CUSTOMER_OTHER")
    token, _ = await create_link(booking, venue.app)
    browser.driver.get(f"{roost}/self-service?token={token}")
    for left in (4, 3, 2, 1):
        replace(shown(browser, "email"), f"guess-{left}@example.com")
        browser.driver.find_element(By.ID, "email").send_keys(Keys.ENTER)
        expected = translate(GUEST_TEXTS["mismatch"], "de", left=left)
        browser.text_once("email-error", lambda text, expected=expected: text == expected)
    # when the fifth wrong address is typed
    replace(browser.driver.find_element(By.ID, "email"), "guess-0@example.com")
    browser.driver.find_element(By.ID, "email").send_keys(Keys.ENTER)
    # then the page says the link is locked, and so does the link from then on
    shown(browser, "problem")
    assert browser.text("problem-text") == translate(GUEST_TEXTS["locked"], "de")
    step(browser, "de-locked")
    browser.driver.get(f"{roost}/self-service?token={token}")
    assert shown(browser, "problem-heading").text == catalogue()["de"]["locked_heading"]
    assert not browser.driver.find_element(By.ID, "login").is_displayed()


# --- accessibility ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def axe_script() -> str:
    """axe-core's script, installed from the npm registry into ``var/test-cache`` once."""
    folder = npm_packages(f"axe-core-{AXE_VERSION}", (AXE_PACKAGE,), "axe-core/axe.min.js")
    return (folder / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def serious_violations(browser: Browser, axe: str) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now."""
    browser.driver.set_script_timeout(60)
    browser.driver.execute_script(axe)
    violations = browser.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map("
        "v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))));"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['nodes']}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


async def test_the_page_passes_axe_on_a_phone(
    axe_script: str, roost: str, world: DemoWorld, orm: None, tmp_path: Path
) -> None:
    # given the page on a phone-sized screen
    case = await confirmed_case(world, roost, tmp_path, "CUSTOMER")
    browser = Browser(chromium(tmp_path / "phone", window="390,844"))
    try:
        browser.driver.get(case.link)
        shown(browser, "login")
        # when axe-core checks the login step, the form with an error, and a dead link
        found = {"login": serious_violations(browser, axe_script)}
        replace(browser.driver.find_element(By.ID, "email"), case.customer_email)
        browser.driver.find_element(By.ID, "email").send_keys(Keys.ENTER)
        shown(browser, "edit")
        replace(field(browser, "email"), "not an address")
        browser.driver.find_element(By.ID, "save").click()
        wait_for("the e-mail's message", lambda: error_of(browser, field(browser, "email")))
        found["form"] = serious_violations(browser, axe_script)
        wide = browser.driver.execute_script(
            "return document.documentElement.scrollWidth > window.innerWidth"
        )
        step(browser, "fr-phone-form")
        browser.driver.get(f"{roost}/self-service?token=unknown")
        shown(browser, "problem")
        found["invalid"] = serious_violations(browser, axe_script)
    finally:
        browser.driver.quit()
    # then it reports no serious or critical violation, and nothing is wider than the phone
    assert found == {"login": [], "form": [], "invalid": []}
    assert wide is False
