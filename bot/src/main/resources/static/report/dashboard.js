// The staff dashboard: draws dashboard.json (same signed token as the page) and polls it every few
// seconds so answers show up as they arrive. Text from data goes in through textContent only.
(function () {
	'use strict';
	const POLL_MS = 5000;
	const base = location.pathname.replace(/\/dashboard\/?$/, '');
	let agency = new URLSearchParams(location.search).get('agency') || '';
	const charts = {};
	let timer = null;
	Chart.defaults.font.family = '"Sarabun", "TH Sarabun New", "Noto Sans Thai", sans-serif';
	Chart.defaults.animation = false;

	function $(id) { return document.getElementById(id); }
	function fmt(v) { return v === null || v === undefined ? '-' : Number(v).toFixed(2); }

	function draw(id, config) {
		const existing = charts[id];
		if (existing) {
			existing.data = config.data;
			existing.options = config.options;
			existing.update('none');
			return existing;
		}
		charts[id] = new Chart($(id), config);
		return charts[id];
	}

	// green from the instrument's pass mark, amber up to 20 points below it (85 / 65 in 2563)
	function gauge(tool, passMark) {
		const score = tool.hidden || tool.score === null ? 0 : Number(tool.score);
		draw('gauge-' + tool.tool, {
			type: 'doughnut',
			data: { labels: ['คะแนน', ''], datasets: [{ data: [score, 100 - score],
				backgroundColor: [score >= passMark ? '#2e8b57' : score >= passMark - 20 ? '#f0ad4e' : '#d9534f', '#e3e8e5'], borderWidth: 0 }] },
			options: { rotation: -90, circumference: 180, cutout: '65%', maintainAspectRatio: true,
				plugins: { legend: { display: false }, tooltip: { enabled: false } } }
		});
		$('gauge-' + tool.tool + '-value').textContent = tool.hidden ? 'ไม่แสดง' : fmt(tool.score);
		$('gauge-' + tool.tool + '-note').textContent = tool.tool === 'OIT' ? 'น้ำหนัก ' + Math.round(tool.weight * 100) + '%'
			: 'ผู้ตอบ ' + tool.respondents + ' คน · น้ำหนัก ' + Math.round(tool.weight * 100) + '%';
	}

	function signed(v) { return v === null || v === undefined ? '' : (v > 0 ? '+' : v < 0 ? '−' : '') + Math.abs(Number(v)).toFixed(2); }

	function indicators(d) {
		const labels = d.indicators.map(i => i.id + '. ' + i.name + (i.change === null ? '' : ' (' + signed(i.change) + ')'));
		const sets = [];
		if (d.previousYear) {
			sets.push({ type: 'bar', label: 'ปี ' + d.previousYear, data: d.indicators.map(i => i.previous), backgroundColor: '#b8c4bc' });
		}
		$('previous-note').hidden = !d.previousYear;
		$('previous-note').textContent = d.previousYear ? 'แท่งสีเทา = ปีงบประมาณ ' + d.previousYear + ' · ในวงเล็บ = คะแนนที่เปลี่ยนไป' : '';
		const list = $('guidance');
		list.replaceChildren();
		for (const i of d.indicators.filter(x => x.guidance)) {
			const li = document.createElement('li');
			const b = document.createElement('b');
			b.textContent = i.id + '. ' + i.name + ' ' + fmt(i.score);
			const g = document.createElement('div');
			g.className = 'g';
			g.textContent = i.guidance;
			li.appendChild(b);
			li.appendChild(g);
			list.appendChild(li);
		}
		if (!list.children.length) {
			const li = document.createElement('li');
			li.textContent = 'ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์';
			list.appendChild(li);
		}
		draw('indicators-chart', {
			data: { labels: labels, datasets: sets.concat([
				{ type: 'bar', label: 'คะแนน', data: d.indicators.map(i => i.score),
					backgroundColor: d.indicators.map(i => i.score !== null && i.score < d.passMark ? '#d9534f' : '#2e8b57') },
				{ type: 'line', label: 'เกณฑ์ผ่าน ' + d.passMark, data: d.indicators.map(() => d.passMark),
					borderColor: '#333', borderDash: [6, 4], pointRadius: 0, borderWidth: 2 }
			]) },
			options: { maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
		});
	}

	function plan(d) {
		const body = $('plan').tBodies[0];
		body.replaceChildren();
		for (const row of d.plan) {
			const tr = document.createElement('tr');
			for (const c of [row.number, row.indicator, row.measure, row.method, row.responsible, row.period, row.followUp]) {
				const td = document.createElement('td');
				td.textContent = c;
				tr.appendChild(td);
			}
			body.appendChild(tr);
		}
		if (!d.plan.length) {
			const tr = document.createElement('tr');
			const td = document.createElement('td');
			td.colSpan = 7;
			td.textContent = 'ยังไม่มีมาตรการ (เพิ่มในแชต: เพิ่มมาตรการ)';
			tr.appendChild(td);
			body.appendChild(tr);
		}
	}

	function respondents(d) {
		const r = d.respondents;
		draw('respondents-chart', {
			type: 'line',
			data: { labels: r.days, datasets: [
				{ label: 'IIT', data: r.cumulative.IIT, borderColor: '#3465a4', backgroundColor: '#3465a4', stepped: true },
				{ label: 'EIT', data: r.cumulative.EIT, borderColor: '#c17d11', backgroundColor: '#c17d11', stepped: true },
				{ label: 'ขั้นต่ำ ' + r.minimum + ' คน', data: r.days.map(() => r.minimum), borderColor: '#d9534f',
					borderDash: [6, 4], pointRadius: 0 }
			] },
			options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
		});
		$('minimum').textContent = r.minimum;
	}

	function distributions(d) {
		const box = $('distributions');
		const key = x => 'dist-' + x.tool + '-' + x.scale + (x.reverse ? '-r' : '');
		const wanted = d.distributions.map(key);
		for (const id of Object.keys(charts)) {
			if (id.startsWith('dist-') && !wanted.includes(id)) {
				charts[id].destroy();
				delete charts[id];
				const old = $(id + '-box');
				if (old) { old.remove(); }
			}
		}
		for (const dist of d.distributions) {
			const id = key(dist);
			if (!$(id)) {
				const wrap = document.createElement('div');
				wrap.className = 'dist';
				wrap.id = id + '-box';
				const h = document.createElement('h3');
				h.textContent = dist.tool + ' · ' + dist.options.map(o => o.label).join(' / ')
					+ (dist.reverse ? ' (ข้อเชิงลบ: ตอบน้อย = คะแนนสูง)' : '');
				const holder = document.createElement('div');
				holder.className = 'chart-box';
				holder.style.height = (dist.items.length * 26 + 70) + 'px';
				const canvas = document.createElement('canvas');
				canvas.id = id;
				holder.appendChild(canvas);
				wrap.appendChild(h);
				wrap.appendChild(holder);
				box.appendChild(wrap);
			}
			draw(id, {
				type: 'bar',
				data: { labels: dist.items.map(i => i.id + ' ' + i.shortText + ' (' + fmt(i.score) + ')'),
					datasets: dist.options.map((o, k) => ({ label: o.label, data: dist.items.map(i => i.percents[k]),
						backgroundColor: o.colour })) },
				options: { indexAxis: 'y', maintainAspectRatio: false,
					scales: { x: { stacked: true, min: 0, max: 100, ticks: { callback: v => v + '%' } }, y: { stacked: true } },
					plugins: { tooltip: { callbacks: {
						title: items => dist.items[items[0].dataIndex].text,
						label: c => c.dataset.label + ': ' + fmt(c.raw) + '%' } } } }
			});
		}
		const hidden = d.tools.filter(t => t.hidden).map(t => t.tool + ' (ผู้ตอบ ' + t.respondents + ' คน)');
		$('distributions-note').hidden = hidden.length === 0;
		$('distributions-note').textContent = hidden.length === 0 ? ''
			: 'ไม่แสดง ' + hidden.join(', ') + ': ผู้ตอบน้อยกว่า ' + d.minRespondents + ' คน เพื่อไม่ให้ระบุตัวผู้ตอบได้';
	}

	function complaints(d) {
		const c = d.complaints;
		const bar = (id, title, counts, color) => draw(id, {
			type: 'bar',
			data: { labels: Object.keys(counts).length ? Object.keys(counts) : ['ยังไม่มีเรื่อง'],
				datasets: [{ label: title, data: Object.keys(counts).length ? Object.values(counts) : [0], backgroundColor: color }] },
			options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
				plugins: { title: { display: true, text: title } } }
		});
		bar('complaints-category', 'ตามประเภท', c.byCategory, '#6c5b9e');
		bar('complaints-status', 'ตามสถานะ', c.byStatus, '#3b8ea5');
		$('complaints-total').textContent = c.total;
	}

	function overview(d) {
		if (!d.agencies || d.agencies.length === 0) {
			return;
		}
		$('overview').hidden = false;
		const select = $('agency-select');
		if (select.options.length !== d.agencies.length) {
			select.replaceChildren();
			for (const a of d.agencies) {
				const o = document.createElement('option');
				o.value = a.code;
				o.textContent = a.code + ' — ' + a.name;
				select.appendChild(o);
			}
			select.onchange = () => { agency = select.value; refresh(); };
		}
		select.value = d.agency;
		draw('agencies-chart', {
			type: 'bar',
			data: { labels: d.agencies.map(a => a.code + (a.level ? ' (' + a.level + ')' : '')),
				datasets: [{ label: 'คะแนนรวม', data: d.agencies.map(a => a.total), backgroundColor: '#2e8b57' }] },
			options: { maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
		});
	}

	function render(d) {
		document.title = 'แดชบอร์ด ITA · ' + d.name;
		$('agency').textContent = d.name + ' (' + d.agency + ')';
		$('year').textContent = 'ปีงบประมาณ พ.ศ. ' + d.fiscalYear;
		$('asOf').textContent = d.asOf;
		$('total').textContent = fmt(d.total);
		$('level').textContent = d.level || '-';
		const inc = d.incomplete;
		$('incomplete').hidden = !inc;
		$('incomplete').textContent = !inc ? '' : 'ยังไม่ครบ: OIT ยังไม่ได้ตรวจ ' + inc.unjudged + ' จาก ' + inc.items + ' ข้อ'
			+ (inc.low === null ? '' : ' · คะแนนรวมจะอยู่ระหว่าง ' + fmt(inc.low) + ' (' + inc.lowLevel + ') ถึง '
				+ fmt(inc.high) + ' (' + inc.highLevel + ') แล้วแต่ผลการตรวจ');
		$('passMark').textContent = d.passMark;
		d.tools.forEach(t => gauge(t, Number(d.passMark)));
		indicators(d);
		respondents(d);
		distributions(d);
		complaints(d);
		plan(d);
		overview(d);
		$('status').textContent = 'อัปเดตอัตโนมัติทุก ' + (POLL_MS / 1000) + ' วินาที';
		document.body.dataset.ready = 'true';
		document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
	}

	async function refresh() {
		try {
			const response = await fetch(base + '/dashboard.json' + (agency ? '?agency=' + encodeURIComponent(agency) : ''),
				{ cache: 'no-store' });
			if (response.status === 403) {
				clearInterval(timer);
				$('expired').hidden = false;
				$('status').textContent = 'ลิงก์หมดอายุ';
				return;
			}
			if (!response.ok) {
				throw new Error('HTTP ' + response.status);
			}
			render(await response.json());
		}
		catch (e) {
			$('status').textContent = 'เชื่อมต่อไม่ได้ จะลองใหม่อัตโนมัติ';
		}
	}

	refresh();
	timer = setInterval(refresh, POLL_MS);
})();
