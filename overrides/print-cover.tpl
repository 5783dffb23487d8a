<div class="lv-cover">
<p class="lv-cover__kicker">Leerlijn</p>
<h1>{{ config.site_name }}</h1>
<p class="lv-cover__text">{{ config.site_description }}</p>
<p class="lv-cover__url">Online: {{ config.site_url }}</p>
</div>
