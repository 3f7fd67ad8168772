// Draws the report's charts from the inlined data; a click on anything that carries `ev` opens its evidence.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function named(names) {
    return function (p) { return names[p.name] || p.name; };
  }

  function openEvidence(params) {
    var d = params && params.data;
    if (d && d.ev) { location.hash = "ev-" + d.ev; }
  }

  function tooltip(chart) {
    var names = chart.names;
    return function (p) { return echarts.format.encodeHTML(tooltipText(names, p)); };
  }

  // Tooltips are HTML: the text (names from documents) is escaped before ECharts shows it.
  function tooltipText(names, p) {
    var d = p.data || {};
    var ev = d.ev ? " [" + d.ev + "]" : "";
    if (p.dataType === "edge") {
      return (names[d.source] || d.source) + " → " + (names[d.target] || d.target) + ev;
    }
    if (d.what) { return d.value[1] + " · " + d.what + " · " + d.value[0].slice(0, 7) + ev; }
    return (names[p.name] || p.name) + (p.value !== undefined && p.seriesType !== "graph" ? "：" + p.value : "") + ev;
  }

  function prepare(chart) {
    var option = chart.option;
    option.animation = false;
    option.tooltip = Object.assign({}, option.tooltip || {}, { formatter: tooltip(chart) });
    option.series.forEach(function (s) {
      if (s.type === "sankey" || s.type === "graph") {
        s.label = Object.assign({}, s.label || {}, { formatter: named(chart.names) });
      }
    });
    if (option.tooltip.trigger === "axis") { delete option.tooltip.formatter; }
    return option;
  }

  var instances = [];
  data.charts.forEach(function (chart) {
    var el = document.getElementById(chart.id);
    if (!el) { return; }
    var instance = echarts.init(el, null, { renderer: "canvas" });
    instance.setOption(prepare(chart));
    instance.on("click", openEvidence);
    instances.push(instance);
  });
  window.addEventListener("resize", function () { instances.forEach(function (i) { i.resize(); }); });
  window.dealgraphCharts = data.charts.map(function (c) { return c.id; });
})();
