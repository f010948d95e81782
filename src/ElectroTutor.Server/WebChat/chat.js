// Starts Web Chat against this server's local Direct Line. The learner keeps one "dl_" user id in localStorage, so
// the tutor recognises them when they come back; the token carries that id (Web Chat accepts "dl_" ids only so).
(function () {
  'use strict';

  var userKey = 'electrotutor.userId';
  var status = document.getElementById('chat-status');
  // Relative to the page, so the server may live under a path prefix.
  var directLineUrl = new URL('v3/directline', window.location.href).href;

  function newUserId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'dl_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function learnerId() {
    var id = null;
    try { id = window.localStorage.getItem(userKey); } catch (e) { /* storage may be disabled */ }
    if (!id || !/^dl_[0-9a-f]{32}$/.test(id)) {
      id = newUserId();
      try { window.localStorage.setItem(userKey, id); } catch (e) { /* the learner then starts afresh next time */ }
    }
    return id;
  }

  function fail(message) {
    status.textContent = message;
    status.className = 'chat-status error';
    status.setAttribute('role', 'alert');
  }

  async function start() {
    if (!window.WebChat) {
      fail('The chat could not be loaded (webchat.js is missing). Reload the page or ask your instructor.');
      return;
    }

    var userId = learnerId();
    var response = await fetch(directLineUrl + '/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId, name: 'Learner' } })
    });
    if (!response.ok) {
      fail('The tutor is not reachable right now (HTTP ' + response.status + '). Reload the page to try again.');
      return;
    }

    var token = (await response.json()).token;
    var directLine = window.WebChat.createDirectLine({
      domain: directLineUrl,
      token: token,
      webSocket: true
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: userId,
        username: 'Learner',
        locale: navigator.language || 'en-US',
        styleOptions: { hideUploadButton: true }
      },
      document.getElementById('webchat'));
    status.textContent = '';
  }

  start().catch(function () {
    fail('The chat could not start. Check your connection and reload the page.');
  });
})();
