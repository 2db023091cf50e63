// The ticket page's live part: one EventSource stream (no polling), the called alert,
// and sound and vibration once the customer has allowed them with a tap. Every word
// shown here comes from the page (data-* attributes), never from this file.
"use strict";
(function () {
  var live = document.getElementById("live");
  if (!live) { return; }
  var status = document.getElementById("status");
  var button = document.getElementById("alert");
  var notice = document.getElementById("notice");
  var audio = null;
  var source = null;
  var alerted = current().getAttribute("data-alert") || "";

  function current() { return live.firstElementChild || live; }

  function showStatus(ok) {
    status.textContent = ok ? status.getAttribute("data-live") : status.getAttribute("data-lost");
    status.className = "status " + (ok ? "live" : "lost");
  }

  function beep() {
    if (!audio) { return; }
    var start = audio.currentTime;
    [0, 0.35, 0.7].forEach(function (offset, i) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.frequency.value = i === 2 ? 1175 : 880;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.5, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.32);
    });
  }

  function vibrate(pattern) {
    // Phones allow it only after the customer has tapped the page (the alert button).
    var tapped = !navigator.userActivation || navigator.userActivation.hasBeenActive;
    if (navigator.vibrate && tapped) { try { navigator.vibrate(pattern); } catch (e) { /* not allowed */ } }
  }

  function alertCustomer() {
    vibrate([400, 150, 400, 150, 800]);
    beep();
    window.scrollTo(0, 0);
  }

  function update(html) {
    live.innerHTML = html;
    var state = current().getAttribute("data-state");
    var key = current().getAttribute("data-alert") || "";
    document.body.setAttribute("data-state", state);
    if (key && key !== alerted) { alertCustomer(); }
    alerted = key;
    button.hidden = !(state === "waiting" || state === "parked");
    if (notice && state !== "waiting") { notice.hidden = true; }
    if (state === "gone" && source) { source.close(); source = null; status.textContent = ""; }
  }

  function connect() {
    source = new EventSource(live.getAttribute("data-stream"));
    source.addEventListener("open", function () { showStatus(true); });
    source.addEventListener("ticket", function (e) { showStatus(true); update(e.data); });
    source.addEventListener("error", function () {
      if (!source) { return; }
      showStatus(false);
      if (source.readyState === EventSource.CLOSED) {   // refused (e.g. 429): try again later
        source = null;
        window.setTimeout(connect, 5000);
      }
    });
  }

  button.addEventListener("click", function () {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context && !audio) { audio = new Context(); }
    if (audio && audio.state === "suspended") { audio.resume(); }
    vibrate(80);
    button.textContent = button.getAttribute("data-on");
    button.className = "alert-button on";
  });

  var state = current().getAttribute("data-state");
  button.hidden = !(state === "waiting" || state === "parked");
  if (current().getAttribute("data-state") !== "gone") { connect(); }
}());
