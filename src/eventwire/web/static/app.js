/* eventwire dashboard: map, timeline, filters, list and the event view with its evidence.
 *
 * Everything from the API is data: it is put into the page with textContent and
 * createElement only, never as markup (the server's CSP also forbids inline script).
 */
(function () {
  "use strict";

  var PAGE = 200;
  var KINDS = ["type", "actors", "place", "date", "count", "claimant", "sentence"];
  var KIND_NAMES = {type: "event type", actors: "actors", place: "place", date: "date", count: "count",
                    claimant: "claimant", sentence: "sentence"};
  var TYPE_COLOURS = {"Battles": "#d64545", "Explosions/Remote violence": "#f0b429", "Violence against civilians": "#7c3aed",
                      "Protests": "#2186eb", "Riots": "#0e7c86", "Strategic developments": "#52606d"};

  var state = {offset: 0, total: 0, events: [], selected: null, countries: {}, markers: {}};
  var form = document.getElementById("filters");
  var map, countryLayer, markerLayer;

  // -- small DOM helpers (text only) ------------------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function status(text) { document.getElementById("status").textContent = text; }
  function safeUrl(url) {
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function getJSON(url) {
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok || body.ok === false) throw new Error(body.error || ("HTTP " + r.status));
        return body;
      });
    });
  }

  // -- filters <-> query string ------------------------------------------------------------
  function filterParams() {
    var params = new URLSearchParams();
    var data = new FormData(form);
    data.forEach(function (value, key) {
      if (key === "in_view") return;
      if (key === "rejected" && value === "exclude") return;
      if (value !== "") params.set(key, value);
    });
    if (form.elements.in_view.checked && map) {
      var b = map.getBounds();
      var clamp = function (v, lo, hi) { return Math.max(lo, Math.min(hi, v)); };
      params.set("bbox", [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
                          clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
        .map(function (v) { return v.toFixed(3); }).join(","));
    }
    return params;
  }
  function restoreFilters() {
    var params = new URLSearchParams(window.location.search);
    params.forEach(function (value, key) {
      var field = form.elements[key];
      if (!field) return;
      if (field.tagName === "SELECT" && !Array.prototype.some.call(field.options, function (o) { return o.value === value; })) {
        field.appendChild(new Option(value, value));
      }
      field.value = value;
    });
  }
  function fillSelect(name, values) {
    var select = form.elements[name];
    var keep = select.value;
    values.forEach(function (v) {
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === v.value; })) {
        select.appendChild(new Option(v.value + " (" + v.count + ")", v.value));
      }
    });
    select.value = keep;
  }

  // -- map ----------------------------------------------------------------------------------
  function setupMap() {
    map = L.map("map", {worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([25, 20], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Countries: Natural Earth (public domain)");
    markerLayer = L.layerGroup().addTo(map);
    map.on("moveend", function () { if (form.elements.in_view.checked) load(true); });
    return getJSON("/static/countries.geojson").then(function (data) {
      countryLayer = L.geoJSON(data, {
        style: {color: "#9fb3c8", weight: 0.8, fillColor: "#fdfcf8", fillOpacity: 1},
        interactive: false
      }).addTo(map);
      countryLayer.bringToBack();
      data.features.forEach(function (f) {
        state.countries[f.properties.iso3] = f.properties.label;
        state.countries[(f.properties.name || "").toLowerCase()] = f.properties.label;
      });
    }).catch(function (e) { status("country shapes not loaded: " + e.message); });
  }

  function pointOf(event) {
    var loc = event.location;
    if (!loc) return null;
    if (loc.lat !== null && loc.lat !== undefined && loc.lon !== null && loc.lon !== undefined) {
      return {lat: loc.lat, lon: loc.lon, exact: true};
    }
    var label = state.countries[loc.iso3] || state.countries[(loc.country || "").toLowerCase()];
    return label ? {lat: label[1], lon: label[0], exact: false} : null;
  }

  function drawMarkers(fit) {
    markerLayer.clearLayers();
    state.markers = {};
    var seen = {};
    var bounds = [];
    state.events.forEach(function (event) {
      var p = pointOf(event);
      if (!p) return;
      var key = p.lat.toFixed(3) + "," + p.lon.toFixed(3);
      var n = seen[key] = (seen[key] || 0) + 1;
      // several events at one point: spread them on a small ring so each can be clicked
      var angle = n * 2.4, r = n > 1 ? 0.25 * Math.sqrt(n - 1) : 0;
      var latlng = [p.lat + r * Math.sin(angle), p.lon + r * Math.cos(angle)];
      var killed = event.fatalities ? event.fatalities.best : 0;
      var marker = L.circleMarker(latlng, {
        radius: 6 + Math.min(10, Math.sqrt(killed)), weight: p.exact ? 1.5 : 2, dashArray: p.exact ? null : "3 3",
        color: "#1f2933", fillColor: TYPE_COLOURS[event.event_type] || "#52606d", fillOpacity: event.review.rejected ? 0.25 : 0.85
      });
      var tip = el("div");
      tip.appendChild(el("strong", null, event.sub_event_type));
      tip.appendChild(el("div", null, describePlace(event) + (p.exact ? "" : " (country point)")));
      tip.appendChild(el("div", null, describeDate(event)));
      marker.bindTooltip(tip);
      marker.on("click", function () { openEvent(event.id); });
      marker.addTo(markerLayer);
      state.markers[event.id] = marker;
      bounds.push(latlng);
    });
    if (fit && bounds.length) map.fitBounds(bounds, {padding: [30, 30], maxZoom: 6});
  }

  // -- timeline (SVG built element by element) ---------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function drawTimeline(data) {
    var box = document.getElementById("timeline");
    clear(box);
    if (!data.buckets.length) {
      box.appendChild(el("p", "map-note", "No dated events." + (data.undated ? " " + data.undated + " undated." : "")));
      return;
    }
    var width = Math.max(box.clientWidth, 200), height = 80, top = 14, bottom = 14;
    var day = 86400000, step = data.interval === "week" ? 7 * day : day;
    var first = Date.parse(data.buckets[0].date), last = Date.parse(data.buckets[data.buckets.length - 1].date) + step;
    var span = Math.max(last - first, step), max = 0;
    data.buckets.forEach(function (b) { max = Math.max(max, b.count); });
    var root = svg("svg", {viewBox: "0 0 " + width + " " + height, role: "img",
                           "aria-label": "events per " + data.interval});
    var barWidth = Math.max(3, (step / span) * (width - 4));
    data.buckets.forEach(function (b) {
      var t = Date.parse(b.date);
      var x = 2 + ((t - first) / span) * (width - 4 - barWidth);
      var h = Math.max(2, (b.count / max) * (height - top - bottom));
      var rect = svg("rect", {"class": "bar", x: x.toFixed(1), y: (height - bottom - h).toFixed(1),
                              width: barWidth.toFixed(1), height: h.toFixed(1), tabindex: 0});
      var until = new Date(t + step - day).toISOString().slice(0, 10);
      rect.appendChild(svg("title", {}, b.date + (data.interval === "week" ? " – " + until : "") + ": " + b.count +
                                        " event" + (b.count === 1 ? "" : "s")));
      var pick = function () {
        form.elements.start.value = b.date;
        form.elements.end.value = until;
        load(false);
      };
      rect.addEventListener("click", pick);
      rect.addEventListener("keydown", function (e) { if (e.key === "Enter") pick(); });
      root.appendChild(rect);
    });
    root.appendChild(svg("text", {x: 2, y: height - 3}, data.buckets[0].date));
    root.appendChild(svg("text", {x: width - 2, y: height - 3, "text-anchor": "end"},
                         data.buckets[data.buckets.length - 1].date));
    root.appendChild(svg("text", {x: 2, y: 10}, "max " + max + " / " + data.interval +
                                                (data.undated ? " · " + data.undated + " undated" : "")));
    box.appendChild(root);
  }

  // -- list ---------------------------------------------------------------------------------
  function describeDate(event) {
    if (!event.date || !event.date.start) return "date unknown";
    var text = event.date.start;
    if (event.date.end && event.date.end !== event.date.start) text += " – " + event.date.end;
    return text;
  }
  function describePlace(event) {
    var loc = event.location;
    if (!loc) return "no location";
    var parts = [loc.name];
    if (loc.admin1 && loc.admin1 !== loc.name) parts.push(loc.admin1);
    if (loc.country && loc.country !== loc.name) parts.push(loc.country);
    return parts.join(", ");
  }
  function describeActors(event) {
    var a = event.actor1 ? event.actor1.name : "unidentified";
    return event.actor2 ? a + " vs " + event.actor2.name : a;
  }
  function drawList() {
    var list = document.getElementById("event-list");
    clear(list);
    state.events.forEach(function (event) {
      var li = el("li");
      li.dataset.id = event.id;
      if (event.id === state.selected) li.className = "selected";
      var button = el("button", "item");
      button.type = "button";
      var when = el("div", "when", describeDate(event));
      when.appendChild(el("span", "badge", event.modality));
      if (event.review.rejected) when.appendChild(el("span", "badge rejected", "rejected"));
      if (event.review.revised.length) when.appendChild(el("span", "badge", "revised"));
      if (!pointOf(event)) when.appendChild(el("span", "badge nocoords", "not on map"));
      button.appendChild(when);
      button.appendChild(el("div", "what", event.event_type + " · " + event.sub_event_type));
      button.appendChild(el("div", "who", describeActors(event)));
      var where = describePlace(event);
      if (event.fatalities) where += " · " + event.fatalities.best + " " + event.fatalities.kind;
      button.appendChild(el("div", "where", where));
      button.addEventListener("click", function () { openEvent(event.id); });
      li.appendChild(button);
      list.appendChild(li);
    });
    var shown = state.events.length;
    document.getElementById("count").textContent = state.total === 0 ? "none match" :
      (state.offset + 1) + "–" + (state.offset + shown) + " of " + state.total;
    document.getElementById("prev").disabled = state.offset === 0;
    document.getElementById("next").disabled = state.offset + shown >= state.total;
  }

  // -- loading --------------------------------------------------------------------------------
  var loadSeq = 0;
  function load(keepView) {
    var seq = ++loadSeq;
    var params = filterParams();
    var shown = new URLSearchParams(params);
    shown.delete("bbox");
    history.replaceState(null, "", shown.toString() ? "?" + shown.toString() : window.location.pathname);
    var page = new URLSearchParams(params);
    page.set("limit", PAGE);
    page.set("offset", state.offset);
    var tl = new URLSearchParams(params);
    tl.set("interval", document.getElementById("interval").value);
    status("loading…");
    return Promise.all([getJSON("/api/events?" + page), getJSON("/api/timeline?" + tl)]).then(function (res) {
      if (seq !== loadSeq) return;
      state.events = res[0].events;
      state.total = res[0].total;
      drawList();
      drawMarkers(!keepView);
      drawTimeline(res[1]);
      status(state.total + " event" + (state.total === 1 ? "" : "s"));
    }).catch(function (e) { status("error: " + e.message); });
  }

  // -- event view ------------------------------------------------------------------------------
  function field(dl, kind, label, value) {
    if (value === null || value === undefined || value === "") return;
    var dt = el("dt");
    var chip = el("button", "chip-" + (kind || "plain"), label);
    chip.type = "button";
    if (kind) {
      chip.title = "show the evidence for " + label.toLowerCase();
      chip.addEventListener("click", function () {
        var mark = document.querySelector("#ev-sources mark.k-" + kind);
        if (!mark) return;
        mark.scrollIntoView({block: "center"});
        mark.classList.add("flash");
        setTimeout(function () { mark.classList.remove("flash"); }, 1200);
      });
    }
    dt.appendChild(chip);
    dl.appendChild(dt);
    dl.appendChild(el("dd", null, value));
  }
  function actorText(actor) {
    if (!actor) return null;
    var text = actor.name;
    if (actor.mention && actor.mention !== actor.name) text += " (“" + actor.mention + "”)";
    if (actor.inter !== null && actor.inter !== undefined) text += " · inter " + actor.inter;
    return text;
  }
  function drawEvent(data) {
    var event = data.event;
    document.getElementById("ev-title").textContent = event.event_type + " · " + event.sub_event_type +
      (data.review.rejected ? " (rejected)" : "");
    var dl = document.getElementById("ev-fields");
    clear(dl);
    field(dl, "type", "Type", event.event_type + " / " + event.sub_event_type +
          (event.disorder_type ? " · " + event.disorder_type : "") + " · PLOVER " + event.plover.type);
    field(dl, "actors", "Actor 1", actorText(event.actor1));
    field(dl, "actors", "Actor 2", actorText(event.actor2));
    field(dl, "actors", "Associated", event.assoc_actors.map(actorText).join("; "));
    var loc = event.location;
    if (loc) {
      var where = describePlace(event);
      if (loc.geonames_id) where += " · GeoNames " + loc.geonames_id;
      if (loc.precision) where += " · precision " + loc.precision;
      if (loc.lat !== null && loc.lat !== undefined) where += " · " + loc.lat.toFixed(3) + ", " + loc.lon.toFixed(3);
      field(dl, "place", "Place", where);
    } else {
      field(dl, "place", "Place", "not found");
    }
    if (event.date) {
      field(dl, "date", "Date", describeDate(event) + (event.date.precision ? " · precision " + event.date.precision : "") +
            (event.date.description ? " · " + event.date.description : ""));
    }
    [event.fatalities].concat(event.counts).forEach(function (c) {
      if (c) field(dl, "count", c.kind.charAt(0).toUpperCase() + c.kind.slice(1), c.best + " (low " + c.low + ", high " + c.high + ")");
    });
    if (event.claimant) field(dl, "claimant", "Claimant", event.claimant.name + (event.claimant.role ? ", " + event.claimant.role : ""));
    field(dl, null, "Modality", event.modality);
    field(dl, null, "Confidence", event.confidence.toFixed(2));
    if (event.flags.length) field(dl, null, "Flags", event.flags.join("; "));
    if (data.review.revisions.length) {
      field(dl, null, "Review", data.review.revisions.map(function (r) {
        return r.field + (r.note ? " (" + r.note + ")" : "");
      }).join("; "));
    }
    field(dl, null, "Id", event.id);

    var legend = document.getElementById("legend");
    clear(legend);
    legend.appendChild(el("strong", null, "Evidence:"));
    KINDS.forEach(function (k) { legend.appendChild(el("span", "chip-" + k, KIND_NAMES[k])); });

    var box = document.getElementById("ev-sources");
    clear(box);
    data.sources.forEach(function (source, i) {
      var section = el("section", "source");
      section.appendChild(el("h3", null, "Source " + (i + 1) + ": " + (source.title || source.document_id)));
      var meta = el("div", "meta");
      meta.appendChild(document.createTextNode([source.source_name, source.published, "document " + source.document_id]
        .filter(Boolean).join(" · ")));
      var href = source.url && safeUrl(source.url);
      if (href) {
        meta.appendChild(document.createTextNode(" · "));
        var a = el("a", null, source.url);
        a.href = href;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        meta.appendChild(a);
      } else if (source.url) {
        meta.appendChild(document.createTextNode(" · " + source.url));
      }
      if (source.claimant) meta.appendChild(document.createTextNode(" · claimant: " + source.claimant));
      section.appendChild(meta);
      if (!source.stored) {
        section.appendChild(el("p", "meta", "This document is not in the store."));
      } else {
        var doc = el("div", "doc");
        source.segments.forEach(function (seg) {
          var node;
          if (seg.kind && seg.kind !== "sentence") {
            node = el("mark", "k-" + seg.kind, seg.text);
            node.dataset.kind = seg.kind;
          } else {
            node = el("span", null, seg.text);
          }
          if (seg.kinds.indexOf("sentence") >= 0) node.classList.add("in-sentence");
          if (seg.labels.length) node.title = seg.labels.join("\n");
          doc.appendChild(node);
        });
        section.appendChild(doc);
      }
      box.appendChild(section);
    });
  }
  function openEvent(id) {
    state.selected = id;
    Array.prototype.forEach.call(document.querySelectorAll("#event-list li"), function (li) {
      li.classList.toggle("selected", li.dataset.id === id);
    });
    return getJSON("/api/events/" + encodeURIComponent(id)).then(function (data) {
      drawEvent(data);
      var view = document.getElementById("event-view");
      view.hidden = false;
      view.scrollTop = 0;
      view.focus();
    }).catch(function (e) { status("error: " + e.message); });
  }
  function closeEvent() {
    document.getElementById("event-view").hidden = true;
    state.selected = null;
    drawList();
  }

  // -- wiring ---------------------------------------------------------------------------------
  form.addEventListener("submit", function (e) { e.preventDefault(); state.offset = 0; load(false); });
  form.addEventListener("change", function (e) {
    if (e.target.type === "search" || e.target.type === "number") return;  // those apply on Enter / Apply
    state.offset = 0;
    load(e.target.name === "in_view");
  });
  form.addEventListener("reset", function () { setTimeout(function () { state.offset = 0; load(false); }, 0); });
  document.getElementById("interval").addEventListener("change", function () { load(true); });
  document.getElementById("prev").addEventListener("click", function () { state.offset = Math.max(0, state.offset - PAGE); load(true); });
  document.getElementById("next").addEventListener("click", function () { state.offset += PAGE; load(true); });
  document.getElementById("close-view").addEventListener("click", closeEvent);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeEvent(); });

  if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches && !window.location.search) {
    document.getElementById("filters-box").open = false;  // phones: the map first, filters on demand
  }
  restoreFilters();
  Promise.all([
    setupMap(),
    getJSON("/api/facets").then(function (f) {
      ["country", "admin1", "event_type", "sub_event_type", "modality"].forEach(function (k) { fillSelect(k, f[k]); });
      restoreFilters();
    }).catch(function () {})
  ]).then(function () { return load(false); });
})();
