// Draws the dashboard charts from the JSON the page carries; the tables stay as the fallback. A segment
// clicked opens the task list filtered to it: a status of the donut, a status within a section of the bars.
(function () {
  "use strict";
  var colors = {completed: "#1a7f37", ahead: "#0969da", on_track: "#2da44e", lagging: "#cf222e",
    not_started: "#9a6700", unreported: "#6e7781", unknown: "#8250df"};
  function draw() {
    if (typeof echarts === "undefined") { return; }  // no charts: the tables below carry the same data
    var data = JSON.parse(document.getElementById("chart-data").textContent);
    var pieBox = document.getElementById("chart-status");
    var pie = echarts.init(pieBox);
    // On a phone the labels keep to the chart's edges instead of running off it.
    var narrow = pieBox.clientWidth < 480;
    pie.setOption({
      tooltip: {trigger: "item", formatter: "{b}：{c} 项（{d}%）"},
      legend: {bottom: 0},
      series: [{type: "pie", radius: narrow ? ["26%", "48%"] : ["35%", "65%"], center: ["50%", "45%"],
        label: {formatter: "{b} {c}", alignTo: narrow ? "edge" : "none", edgeDistance: 6, minMargin: 4},
        data: data.statuses.filter(function (s) { return s.value > 0; }).map(function (s) {
          return {name: s.name, value: s.value, key: s.key, itemStyle: {color: colors[s.key]}};
        })}]
    });
    pie.on("click", function (p) {
      if (p.data && p.data.key) { window.location.href = data.tasks_url + "&status=" + encodeURIComponent(p.data.key); }
    });
    var bar = echarts.init(document.getElementById("chart-section"));
    bar.setOption({
      tooltip: {trigger: "axis", axisPointer: {type: "shadow"}},
      legend: {bottom: 0},
      grid: {left: 8, right: 16, top: 8, bottom: 48, containLabel: true},
      xAxis: {type: "value", minInterval: 1},
      yAxis: {type: "category", data: data.sections.names, inverse: true},
      series: data.sections.series.map(function (s) {
        return {name: s.name, type: "bar", stack: "all", data: s.data, itemStyle: {color: colors[s.key]}};
      })
    });
    bar.on("click", function (p) {
      var series = data.sections.series[p.seriesIndex], section = data.sections.ids[p.dataIndex];
      var url = data.tasks_url + "&status=" + encodeURIComponent(series.key);
      // 未分类 has no section to filter by: its bar opens the list only when the plan has no sections at all.
      if (!section && data.sections.ids.some(Boolean)) { return; }
      window.location.href = section ? url + "&section=" + section : url;
    });
    window.addEventListener("resize", function () { pie.resize(); bar.resize(); });
    // Ready once both charts have finished drawing (their opening animation included).
    var drawing = 2;
    [pie, bar].forEach(function (chart) {
      chart.on("finished", function settled() {
        chart.off("finished", settled);
        drawing -= 1;
        if (drawing === 0) { document.body.dataset.chartsReady = "1"; }
      });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
