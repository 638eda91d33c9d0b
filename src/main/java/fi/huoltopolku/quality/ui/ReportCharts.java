package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.html.Div;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import fi.huoltopolku.base.Html;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.quality.TrendPoint;
import fi.huoltopolku.quality.stats.ControlChart;
import fi.huoltopolku.quality.stats.Proportion;
import java.util.List;
import java.util.function.Function;

/**
 * The report's charts (Chart.js in the browser, data from the server): every point labelled, n
 * shown with every figure, too-few-answers points greyed out, intervals shaded.
 */
final class ReportCharts {

    static final String CHECKS = "#5b7fa6";
    static final String CUSTOMERS = "#e0a030";

    private ReportCharts() {
    }

    /** A chart's place: a canvas described for screen readers. */
    static Div canvas(String id, String label, String height) {
        Div chart = new Div();
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight(height);
        chart.getElement().setProperty("innerHTML", "<canvas role=\"img\" aria-label=\""
                + Html.escape(label) + "\"></canvas>");
        return chart;
    }

    /** One line of a trend: rates in percent with their 95 % band and n per point. */
    static JsonObject series(String label, List<TrendPoint> points, boolean objective, String color, boolean dashed) {
        JsonObject series = Json.createObject();
        series.put("label", label);
        series.put("color", color);
        series.put("dash", dashed);
        Function<TrendPoint, Proportion> side = objective ? TrendPoint::objective : TrendPoint::subjective;
        series.put("data", values(points, p -> side.apply(p).rate()));
        series.put("low", values(points, p -> side.apply(p).low()));
        series.put("high", values(points, p -> side.apply(p).high()));
        JsonArray n = Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            n.set(i, side.apply(points.get(i)).n());
        }
        series.put("n", n);
        return series;
    }

    private static JsonArray values(List<TrendPoint> points, Function<TrendPoint, Double> value) {
        JsonArray values = Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            Double share = value.apply(points.get(i));
            if (share == null) {
                values.set(i, Json.createNull());
            } else {
                values.set(i, Math.round(1000 * share) / 10.0);
            }
        }
        return values;
    }

    /** Month labels, each with the customers' n under it. */
    static JsonArray monthLabels(List<TrendPoint> points) {
        JsonArray labels = Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            JsonArray lines = Json.createArray();
            lines.set(0, Ui.monthYear(points.get(i).periodStart()));
            lines.set(1, "n " + points.get(i).subjective().n());
            labels.set(i, lines);
        }
        return labels;
    }

    /** Both sides month by month, bands for the intervals, points under {@code minAnswers} grey. */
    static void trend(Div chart, JsonArray labels, JsonArray series, int minAnswers, String percentAxis) {
        chart.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!window.Chart) { return; }
                if (this.$chart) { this.$chart.destroy(); }
                const sets = [];
                for (const s of $1) {
                  const few = s.n.map(n => n < $2);
                  const grey = '#c4c4c4';
                  sets.push({label: s.label, data: s.data, n: s.n, borderColor: s.color, backgroundColor: s.color,
                    borderDash: s.dash ? [6, 4] : [], spanGaps: true, tension: 0.2, pointRadius: 4,
                    pointBackgroundColor: few.map(f => f ? grey : s.color), pointBorderColor: few.map(f => f ? grey : s.color),
                    segment: {borderColor: c => few[c.p0DataIndex] || few[c.p1DataIndex] ? grey : s.color}});
                  if (!s.dash) {
                    sets.push({label: '', data: s.low, borderWidth: 0, pointRadius: 0, spanGaps: true, fill: false});
                    sets.push({label: '', data: s.high, borderWidth: 0, pointRadius: 0, spanGaps: true, fill: '-1',
                      backgroundColor: s.color + '33'});
                  }
                }
                this.$chart = new Chart(canvas, {type: 'line', data: {labels: $0, datasets: sets},
                  options: {responsive: true, maintainAspectRatio: false, animation: false,
                    plugins: {legend: {labels: {filter: item => item.text}},
                      tooltip: {filter: item => item.dataset.label,
                        callbacks: {label: c => c.dataset.label + ': ' + c.formattedValue + ' % (n ' + c.dataset.n[c.dataIndex] + ')'}}},
                    scales: {y: {min: 0, max: 100, title: {display: true, text: $3}}}}});
                """, labels, series, minAnswers, percentAxis);
    }

    /**
     * The p-chart of the customers' side: each month's rate against the workshop's own centre line
     * and that month's limits; a month outside them drawn red.
     */
    static void controlChart(Div chart, JsonArray labels, ControlChart control, String rateLabel, String centreLabel,
            String limitsLabel, String percentAxis) {
        JsonArray rates = Json.createArray();
        JsonArray lower = Json.createArray();
        JsonArray upper = Json.createArray();
        JsonArray centre = Json.createArray();
        JsonArray outside = Json.createArray();
        JsonArray n = Json.createArray();
        for (int i = 0; i < control.points().size(); i++) {
            ControlChart.Point point = control.points().get(i);
            Double rate = point.rate().rate();
            rates.set(i, rate == null ? Json.createNull() : Json.create(Math.round(1000 * rate) / 10.0));
            lower.set(i, point.lower() == null ? Json.createNull() : Json.create(Math.round(1000 * point.lower()) / 10.0));
            upper.set(i, point.upper() == null ? Json.createNull() : Json.create(Math.round(1000 * point.upper()) / 10.0));
            centre.set(i, control.centre() == null ? Json.createNull() : Json.create(Math.round(1000 * control.centre()) / 10.0));
            outside.set(i, point.outside());
            n.set(i, point.rate().n());
        }
        chart.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!window.Chart) { return; }
                if (this.$chart) { this.$chart.destroy(); }
                const out = $5;
                const colors = out.map(o => o ? '#c0392b' : '#e0a030');
                this.$chart = new Chart(canvas, {type: 'line', data: {labels: $0, datasets: [
                  {label: $6, data: $1, n: $9, borderColor: '#e0a030', pointBackgroundColor: colors, pointBorderColor: colors,
                    pointRadius: out.map(o => o ? 7 : 4), pointStyle: out.map(o => o ? 'rectRot' : 'circle'), spanGaps: true},
                  {label: $7, data: $4, borderColor: '#555', borderWidth: 1, pointRadius: 0},
                  {label: $8, data: $3, borderColor: '#999', borderDash: [4, 4], borderWidth: 1, pointRadius: 0, stepped: 'middle'},
                  {label: '', data: $2, borderColor: '#999', borderDash: [4, 4], borderWidth: 1, pointRadius: 0, stepped: 'middle'}]},
                  options: {responsive: true, maintainAspectRatio: false, animation: false,
                    plugins: {legend: {labels: {filter: item => item.text}},
                      tooltip: {filter: item => item.datasetIndex === 0,
                        callbacks: {label: c => c.dataset.label + ': ' + c.formattedValue + ' % (n ' + c.dataset.n[c.dataIndex] + ')'}}},
                    scales: {y: {min: 0, max: 100, title: {display: true, text: $10}}}}});
                """, labels, rates, lower, upper, centre, outside, rateLabel, centreLabel, limitsLabel, n, percentAxis);
    }

    /**
     * Importance (x, points) against customers satisfied (y, %), every point named, the four
     * quadrants drawn and named: split at the themes' mean importance and at the "good" rate. The
     * focus themes are drawn as a larger star, wherever they sit (a blind spot often sits low left).
     */
    static void importance(Div chart, JsonArray points, double splitX, double splitY, JsonArray quadrants,
            String xAxis, String yAxis) {
        chart.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!window.Chart) { return; }
                if (this.$chart) { this.$chart.destroy(); }
                const q = $4;
                const named = {id: 'named', beforeDatasetsDraw(chart) {
                    const {ctx, chartArea: a, scales: {x, y}} = chart;
                    const xs = x.getPixelForValue($1), ys = y.getPixelForValue($2);
                    ctx.save();
                    ctx.fillStyle = 'rgba(192, 57, 43, 0.06)';
                    ctx.fillRect(xs, ys, a.right - xs, a.bottom - ys);
                    ctx.strokeStyle = '#999'; ctx.setLineDash([4, 4]);
                    ctx.beginPath(); ctx.moveTo(xs, a.top); ctx.lineTo(xs, a.bottom); ctx.moveTo(a.left, ys); ctx.lineTo(a.right, ys);
                    ctx.stroke(); ctx.setLineDash([]);
                    ctx.fillStyle = '#555'; ctx.font = 'bold 12px sans-serif';
                    ctx.textAlign = 'left'; ctx.fillText(q[0], a.left + 6, a.top + 14); ctx.fillText(q[2], a.left + 6, a.bottom - 6);
                    ctx.textAlign = 'right'; ctx.fillText(q[1], a.right - 6, a.top + 14); ctx.fillText(q[3], a.right - 6, a.bottom - 6);
                    ctx.restore();
                  },
                  afterDatasetsDraw(chart) {
                    const {ctx} = chart;
                    ctx.save(); ctx.fillStyle = '#222'; ctx.font = '12px sans-serif'; ctx.textAlign = 'left';
                    // Labels that would overlap an earlier one move down a line, with a thin leader to their point.
                    const placed = [];
                    chart.getDatasetMeta(0).data.map((el, i) => ({el, i})).sort((a, b) => a.el.y - b.el.y).forEach(({el, i}) => {
                      const text = $0[i].label, w = ctx.measureText(text).width;
                      let y = el.y + 4;
                      while (placed.some(p => Math.abs(p.y - y) < 14 && el.x + 9 < p.x + p.w && p.x < el.x + 9 + w)) { y += 14; }
                      if (y !== el.y + 4) {
                        ctx.strokeStyle = '#aaa'; ctx.beginPath(); ctx.moveTo(el.x + 4, el.y + 3); ctx.lineTo(el.x + 8, y - 4); ctx.stroke();
                      }
                      ctx.fillText(text, el.x + 9, y);
                      placed.push({x: el.x + 9, y, w});
                    });
                    ctx.restore();
                  }};
                const xs = $0.map(p => p.x);
                this.$chart = new Chart(canvas, {type: 'scatter', data: {datasets: [{label: '', data: $0,
                  backgroundColor: '#c0392b', borderColor: '#c0392b', borderWidth: $0.map(p => p.focus ? 3 : 1),
                  pointStyle: $0.map(p => p.focus ? 'star' : 'circle'), pointRadius: $0.map(p => p.focus ? 11 : 6)}]},
                  plugins: [named],
                  options: {responsive: true, maintainAspectRatio: false, animation: false,
                    layout: {padding: {right: 90}},
                    plugins: {legend: {display: false},
                      tooltip: {callbacks: {label: c => c.raw.label + ': ' + c.raw.x + ' / ' + c.raw.y + ' % (n ' + c.raw.n + ')'}}},
                    scales: {x: {suggestedMin: Math.min(-5, ...xs) - 5, suggestedMax: Math.max(30, ...xs) + 5,
                        title: {display: true, text: $5}},
                      y: {min: 0, max: 100, title: {display: true, text: $6}}}}});
                """, points, splitX, splitY, Json.createNull(), quadrants, xAxis, yAxis);
    }
}
