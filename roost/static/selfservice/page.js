// The self-service page: validate the edit link, show the booking, edit its fields.
//
// Everything goes through Roost's public GraphQL API, as a portal would. The link token is
// read from the address once and the address replaced; it and the guest token live in this
// tab's sessionStorage only. Texts come from texts.json (en, fr, de).
"use strict";

(() => {
  const STORE = "roost.selfService";
  const MAX_ATTEMPTS = 5;
  const RECONNECT_MS = 5000;

  const VALIDATE = `mutation ValidateSelfServiceLink($input: ValidateSelfServiceLinkInput!) {
  validateSelfServiceLink(input: $input) { accessToken expiresAt errors { code message field } }
}`;
  const BOOKING = `query SelfServiceBooking {
  selfServiceBooking {
    editableUntil secondsRemaining
    booking { id reference startsAt timeZone provider { name } service { name } }
    fields {
      fieldDefinitionId participantId key type scope label value required maxLength choices
      definition { labels } participant { position }
    }
  }
}`;
  const SAVE = `mutation UpdateBookingFields($input: UpdateBookingFieldsInput!) {
  updateBookingFields(input: $input) { changes { id } errors { code message field } }
}`;
  const UPDATED = `subscription BookingUpdated($id: ID!) {
  bookingUpdated(bookingId: $id) { changes { id } }
}`;

  const INPUT_TYPES = {
    PERSON_NAME: "text",
    LICENCE_PLATE: "text",
    PHONE: "tel",
    EMAIL: "email",
    DATE: "date",
    NUMBER: "text",
    TEXT: "text",
  };
  const AUTOCOMPLETE = { PERSON_NAME: "name", PHONE: "tel", EMAIL: "email" };

  const $ = (id) => document.getElementById(id);
  const main = $("main");

  let texts = {};
  let language = main.dataset.locale;
  let session = {};
  let view = null;
  let entries = [];
  let deadlineAt = 0;
  let timer = 0;
  let socket = null;
  let closed = false;
  let saving = false;
  const ownChanges = new Set();

  // --- session (this tab only) ---------------------------------------------------------

  function loadSession() {
    try {
      return JSON.parse(sessionStorage.getItem(STORE)) || {};
    } catch {
      return {};
    }
  }

  function saveSession() {
    sessionStorage.setItem(STORE, JSON.stringify(session));
  }

  // --- texts -----------------------------------------------------------------------------

  function t(key, params = {}) {
    const table = texts[language] || texts.en || {};
    let text = table[key] ?? (texts.en || {})[key] ?? key;
    for (const [name, value] of Object.entries(params)) {
      text = text.replaceAll(`{${name}}`, String(value));
    }
    return text;
  }

  function translate() {
    document.documentElement.lang = language;
    for (const element of document.querySelectorAll("[data-text]")) {
      element.textContent = t(element.dataset.text);
    }
    $("languages").setAttribute("aria-label", t("language"));
    for (const button of document.querySelectorAll("[data-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === language));
    }
    showAttempts();
    if (view) {
      renderFacts();
      renderLabels();
      tick();
    }
  }

  function chooseLanguage(code) {
    language = code;
    session.language = code;
    saveSession();
    translate();
  }

  // --- the API ---------------------------------------------------------------------------

  class Unauthenticated extends Error {}

  async function graphql(query, variables, token) {
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch("graphql", {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
        credentials: "omit",
        cache: "no-store",
      });
    } catch {
      throw new Error(t("offline"));
    }
    if (response.status === 401) throw new Unauthenticated();
    let body;
    try {
      body = await response.json();
    } catch {
      throw new Error(t("failed"));
    }
    if (body.errors && body.errors.length) {
      throw new Error(body.errors[0].message || t("failed"));
    }
    return body.data;
  }

  // --- views -----------------------------------------------------------------------------

  function show(...ids) {
    for (const id of ["problem", "login", "booking", "closed", "edit"]) {
      $(id).hidden = !ids.includes(id);
    }
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  function showProblem(kind, message) {
    stopLive();
    const heading = $("problem-heading");
    const text = $("problem-text");
    heading.dataset.text = `${kind}_heading`;
    text.dataset.text = `${kind}_text`;
    heading.textContent = t(heading.dataset.text);
    text.textContent = t(text.dataset.text);
    if (message) {
      delete text.dataset.text;
      text.textContent = message;
    }
    setStatus("");
    show("problem");
    heading.focus();
  }

  function showAttempts() {
    const left = session.attempts ?? MAX_ATTEMPTS;
    $("attempts").textContent = t("attempts_left", { left });
  }

  function fieldError(input, message) {
    const error = $(`${input.id}-error`);
    error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  function showLogin(message) {
    show("login");
    showAttempts();
    const email = $("email");
    fieldError(email, message || "");
    $("attempts").hidden = Boolean(message);
    email.focus();
  }

  // --- step 1: the e-mail address --------------------------------------------------------

  async function validate(event) {
    event.preventDefault();
    const email = $("email");
    const button = event.submitter || event.target.querySelector("button");
    if (!email.value.trim()) {
      fieldError(email, t("email_required"));
      email.focus();
      return;
    }
    button.disabled = true;
    try {
      const data = await graphql(VALIDATE, { input: { token: session.link, email: email.value } });
      const payload = data.validateSelfServiceLink;
      if (payload.accessToken) {
        session.guest = payload.accessToken;
        session.expiresAt = payload.expiresAt;
        saveSession();
        email.value = "";
        await openBooking(true);
        return;
      }
      const [error] = payload.errors;
      if (error.code === "LINK_LOCKED" || error.code === "LINK_INVALID") {
        session = { language: session.language };
        saveSession();
        showProblem(error.code === "LINK_LOCKED" ? "locked" : "invalid", error.message);
        return;
      }
      if (error.code === "EMAIL_MISMATCH") {
        session.attempts = Math.max(0, (session.attempts ?? MAX_ATTEMPTS) - 1);
        saveSession();
      }
      showLogin(error.message);
    } catch (error) {
      showLogin(error.message);
    } finally {
      button.disabled = false;
    }
  }

  // --- step 2: the booking and its fields ------------------------------------------------

  async function fetchView() {
    const data = await graphql(BOOKING, {}, session.guest);
    return data.selfServiceBooking;
  }

  async function openBooking(focus) {
    let fresh;
    try {
      fresh = await fetchView();
    } catch (error) {
      if (error instanceof Unauthenticated) lostAccess();
      else showProblem("invalid", error.message);
      return;
    }
    if (!fresh) {
      showProblem("invalid");
      return;
    }
    remember(fresh);
    display();
    if (focus) $("booking-heading").focus();
    listen(view.booking.id);
  }

  // The last view is kept with the session, to be shown read-only once access ends.
  function remember(fresh) {
    view = fresh;
    deadlineAt = Date.now() + fresh.secondsRemaining * 1000;
    Object.assign(session, { view, deadlineAt });
    saveSession();
  }

  function display() {
    $("provider").textContent = view.booking.provider ? view.booking.provider.name : "";
    renderFacts();
    renderForm();
    startCountdown();
    show("booking", "edit", ...(closed ? ["closed"] : []));
  }

  // The guest token was refused. Edit links close at the deadline (and follow it when the
  // provider moves it): then the booking stays on screen, read-only. A token that merely
  // outlived its lifetime before the deadline asks for the e-mail address again.
  function lostAccess() {
    stopLive();
    delete session.guest;
    saveSession();
    const lifetimeOver = Date.parse(session.expiresAt) <= Date.now();
    if (session.view && (!lifetimeOver || Date.now() >= session.deadlineAt)) {
      view = session.view;
      deadlineAt = Math.min(session.deadlineAt, Date.now());
      display();
      setClosed(true);
      show("booking", "edit", "closed");
    } else if (session.link) {
      showLogin(t("session_ended"));
    } else {
      showProblem("invalid");
    }
  }

  function formatMoment(iso, timeZone) {
    const options = { dateStyle: "full", timeStyle: "short" };
    try {
      return new Intl.DateTimeFormat(language, { ...options, timeZone }).format(new Date(iso));
    } catch {
      return new Intl.DateTimeFormat(language, options).format(new Date(iso));
    }
  }

  function renderFacts() {
    const booking = view.booking;
    $("reference").textContent = booking.reference;
    $("service").textContent = booking.service ? booking.service.name : "";
    $("date").textContent = formatMoment(booking.startsAt, booking.timeZone);
    $("deadline").textContent = formatMoment(view.editableUntil, booking.timeZone);
  }

  function entryKey(field) {
    return `${field.fieldDefinitionId}|${field.participantId || ""}`;
  }

  function labelText(field) {
    const labels = (field.definition && field.definition.labels) || {};
    return labels[language] || field.label || field.key;
  }

  function control(field, id) {
    let element;
    if (field.type === "CHOICE") {
      element = document.createElement("select");
      const empty = new Option(t("not_set"), "");
      empty.dataset.text = "not_set";
      element.add(empty);
      for (const choice of field.choices) element.add(new Option(choice, choice));
    } else if (field.type === "TEXT" && (!field.maxLength || field.maxLength > 120)) {
      element = document.createElement("textarea");
      element.rows = 3;
    } else {
      element = document.createElement("input");
      element.type = INPUT_TYPES[field.type] || "text";
      element.autocomplete = AUTOCOMPLETE[field.type] || "off";
      if (field.type === "NUMBER") element.inputMode = "decimal";
      if (field.type === "LICENCE_PLATE") {
        element.setAttribute("autocapitalize", "characters");
        element.spellcheck = false;
      }
    }
    if (field.maxLength && element.tagName !== "SELECT") element.maxLength = field.maxLength;
    element.id = id;
    element.name = id;
    element.dataset.key = field.key;
    element.required = field.required;
    element.setAttribute("aria-describedby", `${id}-error`);
    element.value = field.value || "";
    return element;
  }

  function renderForm() {
    const container = $("fields");
    container.replaceChildren();
    entries = [];
    const groups = new Map();
    for (const field of view.fields) {
      const group = field.participantId || "";
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(field);
    }
    const ordered = [...groups.entries()].sort(([a, fa], [b, fb]) => {
      const pa = a ? fa[0].participant?.position ?? 0 : -1;
      const pb = b ? fb[0].participant?.position ?? 0 : -1;
      return pa - pb;
    });
    for (const [participantId, fields] of ordered) {
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      fieldset.append(legend);
      const position = participantId ? fields[0].participant?.position : null;
      legend.dataset.group = participantId ? "participant" : "booking_fields";
      legend.dataset.position = position ?? "";
      for (const field of fields) {
        const id = `field-${entries.length + 1}`;
        const wrapper = document.createElement("div");
        wrapper.className = "field";
        const label = document.createElement("label");
        label.htmlFor = id;
        const input = control(field, id);
        const error = document.createElement("p");
        error.id = `${id}-error`;
        error.className = "error";
        error.hidden = true;
        wrapper.append(label, input, error);
        fieldset.append(wrapper);
        entries.push({ field, input, label, original: field.value || "" });
      }
      container.append(fieldset);
    }
    if (!entries.length) {
      const nothing = document.createElement("p");
      nothing.dataset.text = "no_fields";
      nothing.textContent = t("no_fields");
      container.append(nothing);
    }
    renderLabels();
    setClosed(view.secondsRemaining <= 0);
  }

  function renderLabels() {
    for (const legend of document.querySelectorAll("#fields legend")) {
      legend.textContent = t(legend.dataset.group, { position: legend.dataset.position });
    }
    for (const option of document.querySelectorAll("#fields option[data-text]")) {
      option.textContent = t(option.dataset.text);
    }
    for (const { field, label } of entries) {
      label.replaceChildren(labelText(field));
      if (field.required) {
        const marker = document.createElement("span");
        marker.className = "required";
        marker.textContent = ` (${t("required")})`;
        label.append(marker);
      }
    }
  }

  function setClosed(isClosed) {
    closed = isClosed;
    for (const { input } of entries) {
      if (input.tagName === "SELECT") input.disabled = closed;
      else input.readOnly = closed;
    }
    $("save").hidden = closed || !entries.length;
    $("closed").hidden = !closed;
    $("time-left-row").hidden = closed;
  }

  // --- the time left ---------------------------------------------------------------------

  function startCountdown() {
    clearInterval(timer);
    tick();
    if (deadlineAt > Date.now()) timer = setInterval(tick, 1000);
  }

  function tick() {
    const left = Math.max(0, Math.round((deadlineAt - Date.now()) / 1000));
    const days = Math.floor(left / 86400);
    const parts = {
      days,
      hours: Math.floor((left % 86400) / 3600),
      minutes: Math.floor((left % 3600) / 60),
      seconds: left % 60,
    };
    $("countdown").textContent = t(days ? "countdown_days" : "countdown", parts);
    if (left === 0 && view && !closed) {
      clearInterval(timer);
      setClosed(true);
    }
  }

  // --- saving ----------------------------------------------------------------------------

  function clearErrors() {
    $("form-error").hidden = true;
    for (const { input } of entries) fieldError(input, "");
  }

  async function save(event) {
    event.preventDefault();
    if (closed) return;
    clearErrors();
    setStatus("");
    const changed = entries.filter((entry) => entry.input.value !== entry.original);
    if (!changed.length) {
      setStatus(t("no_changes"));
      return;
    }
    const values = changed.map(({ field, input }) => {
      const value = { fieldDefinitionId: field.fieldDefinitionId, value: input.value };
      if (field.participantId) value.participantId = field.participantId;
      return value;
    });
    const button = $("save");
    button.disabled = true;
    saving = true;
    try {
      const data = await graphql(SAVE, { input: { values } }, session.guest);
      const payload = data.updateBookingFields;
      if (payload.errors.length) {
        showSaveErrors(payload.errors, changed);
        return;
      }
      for (const change of payload.changes) ownChanges.add(change.id);
      await refresh(true);
      setStatus(t("saved"));
    } catch (error) {
      if (error instanceof Unauthenticated) {
        lostAccess();
        return;
      }
      formError(error.message);
    } finally {
      saving = false;
      button.disabled = false;
    }
  }

  function formError(message) {
    const error = $("form-error");
    error.textContent = message;
    error.hidden = false;
  }

  function showSaveErrors(errors, changed) {
    const general = [];
    for (const error of errors) {
      const match = /^values\.(\d+)(\.|$)/.exec(error.field || "");
      const entry = match ? changed[Number(match[1])] : null;
      if (entry) fieldError(entry.input, error.message);
      else general.push(error.message);
      if (error.code === "EDIT_DEADLINE_PASSED") setClosed(true);
    }
    formError(general.length ? general.join(" ") : t("fix_errors"));
    const first = entries.find(({ input }) => input.getAttribute("aria-invalid") === "true");
    if (first) first.input.focus();
  }

  // --- live updates ----------------------------------------------------------------------

  async function refresh(overwrite) {
    let fresh;
    try {
      fresh = await fetchView();
    } catch (error) {
      if (error instanceof Unauthenticated) lostAccess();
      return;
    }
    if (!fresh) return;
    const known = new Map(entries.map((entry) => [entryKey(entry.field), entry]));
    const same =
      fresh.fields.length === entries.length && fresh.fields.every((f) => known.has(entryKey(f)));
    remember(fresh);
    renderFacts();
    if (!same) {
      renderForm();
    } else {
      for (const field of fresh.fields) {
        const entry = known.get(entryKey(field));
        const value = field.value || "";
        const edited = entry.input.value !== entry.original;
        if (overwrite || !edited) entry.input.value = value;
        entry.field = field;
        entry.original = value;
      }
      renderLabels();
      setClosed(fresh.secondsRemaining <= 0);
    }
    startCountdown();
  }

  function stopLive() {
    clearInterval(timer);
    if (socket) {
      const open = socket;
      socket = null;
      open.close(1000);
    }
  }

  function listen(bookingId) {
    if (socket) return;
    const url = new URL("graphql", location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(url, "graphql-transport-ws");
    socket = ws;
    const send = (message) => ws.send(JSON.stringify(message));
    ws.addEventListener("open", () => {
      send({ type: "connection_init", payload: { authorization: `Bearer ${session.guest}` } });
    });
    ws.addEventListener("message", async (event) => {
      const message = JSON.parse(event.data);
      if (message.type === "connection_ack") {
        send({ id: "booking", type: "subscribe", payload: { query: UPDATED, variables: { id: bookingId } } });
      } else if (message.type === "ping") {
        send({ type: "pong" });
      } else if (message.type === "next") {
        // The page's own saves are pushed too: saving refreshes the form by itself.
        const changes = message.payload?.data?.bookingUpdated?.changes || [];
        if (saving || changes.every((change) => ownChanges.has(change.id))) return;
        await refresh(false);
        setStatus(t("updated_elsewhere"));
      }
    });
    ws.addEventListener("close", (event) => {
      if (socket !== ws) return;
      socket = null;
      // 4403: the guest token no longer opens the booking; reloading the view says why.
      if (event.code === 4403) openBooking(false);
      else setTimeout(() => listen(bookingId), RECONNECT_MS);
    });
  }

  // --- start -----------------------------------------------------------------------------

  async function start() {
    session = loadSession();
    const params = new URLSearchParams(location.search);
    const token = params.get("token");
    if (token !== null) history.replaceState(null, "", location.pathname);
    const state = main.dataset.state;
    if (token !== null) {
      const attempts = Number(main.dataset.attempts || MAX_ATTEMPTS);
      // Another link (or one that no longer works) starts afresh: its own booking, language.
      if (state !== "login" || session.link !== token) session = {};
      if (state === "login") {
        Object.assign(session, { link: token, attempts, locale: main.dataset.locale });
        session.provider = main.dataset.provider;
      }
      saveSession();
    }
    language = session.language || session.locale || main.dataset.locale;
    try {
      const response = await fetch("static/selfservice/texts.json", { cache: "no-cache" });
      texts = await response.json();
    } catch {
      texts = {};
    }
    for (const button of document.querySelectorAll("[data-lang]")) {
      button.addEventListener("click", () => chooseLanguage(button.dataset.lang));
    }
    $("login-form").addEventListener("submit", validate);
    $("edit").addEventListener("submit", save);
    if (state === "invalid" || state === "locked") {
      translate();
      return;
    }
    $("provider").textContent = session.provider || "";
    translate();
    if (session.guest) await openBooking(false);
    else if (session.view) lostAccess();
    else if (session.link) showLogin();
    else showProblem("invalid");
  }

  start();
})();
