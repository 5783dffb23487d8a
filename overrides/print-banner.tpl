<div class="lv-no-print">
<p><strong>Hier staat de hele leerlijn op één pagina.</strong> Print deze pagina (Ctrl+P of Cmd+P) als boek, met een voorblad en een inhoudsopgave. Kies A4 en zet kop- en voetteksten uit.</p>
</div>
