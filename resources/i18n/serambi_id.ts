<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="67"/>
        <location filename="../../ui/accounts_dialog.py" line="68"/>
        <location filename="../../ui/accounts_dialog.py" line="75"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="71"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="71"/>
        <source>Handle</source>
        <translation>Akun (handle)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="71"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="72"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="72"/>
        <source>Secret in keyring</source>
        <translation>Rahasia di keyring</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="72"/>
        <source>Syncing</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="82"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="83"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="84"/>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="85"/>
        <location filename="../../ui/accounts_dialog.py" line="133"/>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="88"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="89"/>
        <source>Check the selected account</source>
        <translation>Periksa akun yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="90"/>
        <source>Turn syncing of the account on or off</source>
        <translation>Nyalakan atau matikan sinkronisasi akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="91"/>
        <source>Remove the selected account</source>
        <translation>Hapus akun yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="119"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="119"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="120"/>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="120"/>
        <source>off (paused)</source>
        <translation>mati (dijeda)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="132"/>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="158"/>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="177"/>
        <source>Remove the account?</source>
        <translation>Hapus akun ini?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="178"/>
        <source>Remove %1 and its %2 conversation(s) from this inbox? Nothing is deleted on the platform.</source>
        <translation>Hapus %1 dan %2 percakapannya dari kotak masuk ini? Tidak ada yang dihapus di platform.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="24"/>
        <source>Open conversation</source>
        <translation>Buka percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="25"/>
        <source>Next conversation</source>
        <translation>Percakapan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="26"/>
        <source>Previous conversation</source>
        <translation>Percakapan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="27"/>
        <source>Back to the list</source>
        <translation>Kembali ke daftar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="28"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="29"/>
        <source>Command palette…</source>
        <translation>Palet perintah…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="30"/>
        <location filename="../../ui/actions.py" line="31"/>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="32"/>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="33"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>Insert canned response…</source>
        <translation>Sisipkan balasan siap pakai…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>Manage canned responses…</source>
        <translation>Kelola balasan siap pakai…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40"/>
        <source>Done (and next)</source>
        <translation>Selesai (lalu berikutnya)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>Snooze…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="44"/>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="45"/>
        <source>Assign…</source>
        <translation>Tugaskan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="46"/>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="47"/>
        <source>Assign to me</source>
        <translation>Tugaskan ke saya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50"/>
        <source>Priority…</source>
        <translation>Prioritas…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>Escalate…</source>
        <translation>Eskalasi…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>Escalate</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>Mark unread</source>
        <translation>Tandai belum dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>Hide on the platform</source>
        <translation>Sembunyikan di platform</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Delete on the platform…</source>
        <translation>Hapus di platform…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>Block the member…</source>
        <translation>Blokir anggota…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Mute the member</source>
        <translation>Bisukan anggota</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>Report to the platform…</source>
        <translation>Laporkan ke platform…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>Mark read on the platform</source>
        <translation>Tandai dibaca di platform</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Sort: newest first</source>
        <translation>Urutkan: terbaru dulu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>Sort: oldest first</source>
        <translation>Urutkan: terlama dulu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Sort: waiting longest</source>
        <translation>Urutkan: menunggu paling lama</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>Sort: priority</source>
        <translation>Urutkan: prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Accounts…</source>
        <translation>Akun…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>Sync</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>Sync status…</source>
        <translation>Status sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Save search as view…</source>
        <translation>Simpan pencarian sebagai tampilan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="37"/>
        <location filename="../../ui/accounts_dialog.py" line="38"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="45"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="46"/>
        <source>Handle</source>
        <translation>Akun (handle)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="47"/>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="48"/>
        <source>Access token or password</source>
        <translation>Token akses atau kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="51"/>
        <source>The token is kept in your system keyring, never in the inbox.</source>
        <translation>Token disimpan di keyring sistem Anda, tidak pernah di kotak masuk.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../ui/plain.py" line="43"/>
        <source>now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="44"/>
        <source>%1w</source>
        <translation>%1mg</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="45"/>
        <source>%1d</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="46"/>
        <source>%1h</source>
        <translation>%1j</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="47"/>
        <source>%1m</source>
        <translation>%1mnt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>This is the demo community: nothing you do leaves this computer.</source>
        <translation>Ini komunitas demo: tidak ada yang Anda lakukan keluar dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../ui/canned_manager.py" line="36"/>
        <location filename="../../ui/canned_manager.py" line="45"/>
        <source>Canned responses</source>
        <translation>Balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="37"/>
        <source>Manage canned responses</source>
        <translation>Kelola balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="42"/>
        <source>Filter…</source>
        <translation>Saring…</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="43"/>
        <source>Filter canned responses</source>
        <translation>Saring balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="56"/>
        <source>Placeholders: %1; any other {{name}} is asked for when used.</source>
        <translation>Isian: %1; {{nama}} lainnya akan ditanyakan saat dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="61"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="61"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="62"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="63"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="63"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="68"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="69"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="70"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="149"/>
        <source>Delete?</source>
        <translation>Hapus?</translation>
    </message>
    <message>
        <location filename="../../ui/canned_manager.py" line="150"/>
        <source>Delete the canned response “%1” for everyone using this inbox?</source>
        <translation>Hapus balasan siap pakai “%1” untuk semua pengguna kotak masuk ini?</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../../ui/canned_picker.py" line="27"/>
        <source>Insert a canned response</source>
        <translation>Sisipkan balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.py" line="28"/>
        <source>Canned responses</source>
        <translation>Balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.py" line="32"/>
        <source>Type to search: shortcut, title or text</source>
        <translation>Ketik untuk mencari: pintasan, judul, atau isi</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.py" line="33"/>
        <source>Search canned responses</source>
        <translation>Cari balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.py" line="35"/>
        <source>Matching canned responses</source>
        <translation>Balasan siap pakai yang cocok</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.py" line="39"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../ui/palette.py" line="47"/>
        <location filename="../../ui/palette.py" line="48"/>
        <source>Command palette</source>
        <translation>Palet perintah</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="51"/>
        <source>Type a command…</source>
        <translation>Ketik perintah…</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="52"/>
        <source>Filter commands</source>
        <translation>Saring perintah</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="54"/>
        <source>Commands</source>
        <translation>Perintah</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="61"/>
        <location filename="../../ui/commands.py" line="63"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="103"/>
        <source>Sync stopped: %1</source>
        <translation>Sinkronisasi berhenti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="156"/>
        <source>Sync is not running.</source>
        <translation>Sinkronisasi tidak berjalan.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="52"/>
        <source>Reply composer</source>
        <translation>Penyusun balasan</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="61"/>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="62"/>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="63"/>
        <source>Reply or internal note</source>
        <translation>Balasan atau catatan internal</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="65"/>
        <source>Message text</source>
        <translation>Teks pesan</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="66"/>
        <source>Write a reply… type ;shortcut then Tab for a canned response; Ctrl+Enter sends</source>
        <translation>Tulis balasan… ketik ;pintasan lalu Tab untuk balasan siap pakai; Ctrl+Enter mengirim</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="70"/>
        <source>Length</source>
        <translation>Panjang</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="71"/>
        <source>Canned…</source>
        <translation>Siap pakai…</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="72"/>
        <source>Insert a canned response</source>
        <translation>Sisipkan balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="73"/>
        <location filename="../../ui/composer.py" line="74"/>
        <location filename="../../ui/composer.py" line="133"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="133"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="138"/>
        <source>No canned response has the shortcut ;%1</source>
        <translation>Tidak ada balasan siap pakai dengan pintasan ;%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer.py" line="166"/>
        <source>The response still needs: %1</source>
        <translation>Balasan ini masih memerlukan: %1</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../ui/conversation_model.py" line="55"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="55"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="55"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="55"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="56"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="56"/>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="56"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="160"/>
        <source>Click to sort by this column</source>
        <translation>Klik untuk mengurutkan menurut kolom ini</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="58"/>
        <source>Serambi ran into an error it did not expect: %1

Your inbox is safe: every change is saved as you make it. If this keeps happening, send the details below to the developers.</source>
        <translation>Serambi mengalami kesalahan yang tidak terduga: %1

Kotak masuk Anda aman: setiap perubahan disimpan saat Anda membuatnya. Jika ini terus terjadi, kirimkan rincian di bawah kepada pengembang.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="66"/>
        <source>Error report</source>
        <translation>Laporan kesalahan</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>Escalate</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58"/>
        <source>Escalate conversations</source>
        <translation>Eskalasikan percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Escalate to</source>
        <translation>Eskalasikan ke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>a teammate or a team</source>
        <translation>rekan atau tim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Note for them</source>
        <translation>Catatan untuk mereka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>To whom</source>
        <translation>Kepada siapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69"/>
        <source>Why</source>
        <translation>Mengapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="8"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>snoozed</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>no priority</source>
        <translation>tanpa prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>urgent</source>
        <translation>mendesak</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/language.py" line="17"/>
        <source>Serambi will be in English the next time it starts.</source>
        <translation>Serambi akan berbahasa Inggris saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="19"/>
        <source>Serambi will be in Bahasa Indonesia the next time it starts.</source>
        <translation>Serambi akan berbahasa Indonesia saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="21"/>
        <source>Restart now</source>
        <translation>Mulai ulang sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="22"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="23"/>
        <source>Restarting now closes the window: the reply you have not sent yet is lost.</source>
        <translation>Memulai ulang sekarang menutup jendela: balasan yang belum Anda kirim akan hilang.</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="25"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LinkMemberDialog</name>
    <message>
        <location filename="../../ui/link_dialog.py" line="27"/>
        <location filename="../../ui/link_dialog.py" line="28"/>
        <source>Link to another member</source>
        <translation>Tautkan ke anggota lain</translation>
    </message>
    <message>
        <location filename="../../ui/link_dialog.py" line="31"/>
        <source>Name or handle</source>
        <translation>Nama atau handle</translation>
    </message>
    <message>
        <location filename="../../ui/link_dialog.py" line="32"/>
        <source>Search members</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <location filename="../../ui/link_dialog.py" line="34"/>
        <source>Matching members</source>
        <translation>Anggota yang cocok</translation>
    </message>
    <message>
        <location filename="../../ui/link_dialog.py" line="36"/>
        <source>The person&apos;s name</source>
        <translation>Nama orang tersebut</translation>
    </message>
    <message>
        <location filename="../../ui/link_dialog.py" line="42"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/link_dialog.py" line="44"/>
        <source>Person&apos;s name</source>
        <translation>Nama orang</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../../ui/list_commands.py" line="189"/>
        <source>Type a search first, then save it as a view.</source>
        <translation>Ketik pencarian dulu, lalu simpan sebagai tampilan.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="193"/>
        <source>Save search as view</source>
        <translation>Simpan pencarian sebagai tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="194"/>
        <source>Name for the view (it shows in the sidebar with a live count):</source>
        <translation>Nama tampilan (muncul di bilah samping dengan jumlah terkini):</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="200"/>
        <source>Saved the search as a view.</source>
        <translation>Pencarian disimpan sebagai tampilan.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="203"/>
        <source>Rename saved search</source>
        <translation>Ganti nama pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="204"/>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="208"/>
        <source>Renamed.</source>
        <translation>Nama diganti.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="211"/>
        <source>Remove saved search?</source>
        <translation>Hapus pencarian tersimpan?</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="212"/>
        <source>Remove the saved search “%1”? Conversations are not touched.</source>
        <translation>Hapus pencarian tersimpan “%1”? Percakapan tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="217"/>
        <source>Saved search removed.</source>
        <translation>Pencarian tersimpan dihapus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Serambi</source>
        <translation>Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Serambi inbox</source>
        <translation>Kotak masuk Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Search (/):  words &quot;a phrase&quot; from:ani tag:refund is:unread before:2d</source>
        <translation>Cari (/):  kata &quot;sebuah frasa&quot; from:ani tag:refund is:unread before:2d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Search problem</source>
        <translation>Masalah pencarian</translation>
    </message>
</context>
<context>
    <name>MemberEdits</name>
    <message>
        <location filename="../../ui/member_edits.py" line="43"/>
        <source>Marked as VIP.</source>
        <translation>Ditandai sebagai VIP.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="43"/>
        <source>No longer a VIP.</source>
        <translation>Tidak lagi VIP.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="47"/>
        <source>Member notes saved.</source>
        <translation>Catatan anggota disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="59"/>
        <source>Linked: both are now one person.</source>
        <translation>Ditautkan: keduanya kini satu orang.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="63"/>
        <source>Unlinked.</source>
        <translation>Tautan dilepas.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/member_panel.py" line="53"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="56"/>
        <source>Member name</source>
        <translation>Nama anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="61"/>
        <source>Member handle</source>
        <translation>Akun anggota</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="vanished">VIP</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="67"/>
        <source>Member notes</source>
        <translation>Catatan anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="68"/>
        <source>Notes about this member (only your team sees them)</source>
        <translation>Catatan tentang anggota ini (hanya tim Anda yang melihatnya)</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="73"/>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="74"/>
        <source>Save the member notes</source>
        <translation>Simpan catatan anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="76"/>
        <source>Open profile…</source>
        <translation>Buka profil…</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="77"/>
        <source>Open the member&apos;s profile</source>
        <translation>Buka profil anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="79"/>
        <source>Linked identities</source>
        <translation>Identitas tertaut</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="80"/>
        <source>Link to another member…</source>
        <translation>Tautkan ke anggota lain…</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="81"/>
        <source>Link this member to the same person elsewhere</source>
        <translation>Tautkan anggota ini ke orang yang sama di platform lain</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="83"/>
        <source>Unlink</source>
        <translation>Lepas tautan</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="84"/>
        <source>Unlink this member from the person</source>
        <translation>Lepaskan anggota ini dari orang tersebut</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="87"/>
        <source>Other conversations</source>
        <translation>Percakapan lain</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="89"/>
        <source>This member&apos;s other conversations</source>
        <translation>Percakapan lain anggota ini</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="117"/>
        <source>No member</source>
        <translation>Tanpa anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="62"/>
        <source>★ VIP</source>
        <translation>★ VIP</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="63"/>
        <source>VIP member</source>
        <translation>Anggota VIP</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="65"/>
        <source>Member tags</source>
        <translation>Tag anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="138"/>
        <source>Also:</source>
        <translation>Juga:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_panel.py" line="144"/>
        <source>Other conversations (%n)</source>
        <translation>
            <numerusform>Percakapan lain (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>&amp;Triage</source>
        <translation>&amp;Triase</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>&amp;Moderate</source>
        <translation>&amp;Moderasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
</context>
<context>
    <name>PlaceholderDialog</name>
    <message>
        <location filename="../../ui/canned_picker.py" line="74"/>
        <source>Fill in the canned response</source>
        <translation>Lengkapi balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.py" line="75"/>
        <source>Placeholder values</source>
        <translation>Isian</translation>
    </message>
</context>
<context>
    <name>ReadingCommands</name>
    <message>
        <location filename="../../ui/reading_commands.py" line="47"/>
        <source>That did not work: %1</source>
        <translation>Tidak berhasil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="154"/>
        <source>Link not opened</source>
        <translation>Tautan tidak dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="155"/>
        <source>Serambi only opens web and mail links. This one is not:

%1</source>
        <translation>Serambi hanya membuka tautan web dan surel. Tautan ini bukan:

%1</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="158"/>
        <source>Open link?</source>
        <translation>Buka tautan?</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="159"/>
        <source>Open this address in your browser?

%1</source>
        <translation>Buka alamat ini di peramban Anda?

%1</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="189"/>
        <source>Open a conversation first.</source>
        <translation>Buka percakapan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="199"/>
        <source>Note added.</source>
        <translation>Catatan ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="199"/>
        <source>Reply queued.</source>
        <translation>Balasan masuk antrean.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <location filename="../../ui/palette.py" line="88"/>
        <location filename="../../ui/palette.py" line="89"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="92"/>
        <source>Shortcut list</source>
        <translation>Daftar pintasan</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="93"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="93"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="24"/>
        <location filename="../../ui/sidebar.py" line="32"/>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="27"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="27"/>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="28"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="28"/>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="29"/>
        <source>Waiting longest</source>
        <translation>Menunggu terlama</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="29"/>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="30"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="33"/>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="35"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="36"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="111"/>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="131"/>
        <source>Rename saved search…</source>
        <translation>Ganti nama pencarian tersimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="132"/>
        <source>Remove saved search</source>
        <translation>Hapus pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="133"/>
        <source>Save search as view…</source>
        <translation>Simpan pencarian sebagai tampilan…</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="40"/>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41"/>
        <source>Snooze until a date</source>
        <translation>Tunda sampai tanggal tertentu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="45"/>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_status.py" line="52"/>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="53"/>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="59"/>
        <source>Syncing</source>
        <translation>Menyinkronkan</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="61"/>
        <source>Sync status…</source>
        <translation>Status sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="63"/>
        <source>Show sync status per account</source>
        <translation>Tampilkan status sinkronisasi per akun</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="74"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="82"/>
        <source>Sync problem: %1</source>
        <translation>Masalah sinkronisasi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="86"/>
        <source>Synced %1</source>
        <translation>Tersinkron %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="30"/>
        <source>Sign in to this account again (Accounts).</source>
        <translation>Masuk lagi ke akun ini (Akun).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="33"/>
        <source>The platform asked us to slow down; Serambi tries again by itself.</source>
        <translation>Platform meminta kita memperlambat; Serambi akan mencoba lagi sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="36"/>
        <source>Check the network or the server address; Serambi tries again by itself.</source>
        <translation>Periksa jaringan atau alamat server; Serambi akan mencoba lagi sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="40"/>
        <source>This version of Serambi cannot reach this platform.</source>
        <translation>Versi Serambi ini tidak dapat menjangkau platform ini.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="42"/>
        <source>Serambi tries again by itself; if this goes on, check the account settings.</source>
        <translation>Serambi akan mencoba lagi sendiri; jika terus terjadi, periksa pengaturan akun.</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <location filename="../../ui/sync_status.py" line="93"/>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="94"/>
        <source>Sync status per account</source>
        <translation>Status sinkronisasi per akun</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="95"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="95"/>
        <source>Last success</source>
        <translation>Terakhir berhasil</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="95"/>
        <source>Next poll</source>
        <translation>Pengecekan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="96"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="96"/>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="98"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="103"/>
        <source> (off)</source>
        <translation> (mati)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="104"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="105"/>
        <source>now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="111"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../ui/thread_view.py" line="50"/>
        <source>Conversation thread</source>
        <translation>Utas percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="94"/>
        <source>Select a conversation to read it here.</source>
        <translation>Pilih percakapan untuk membacanya di sini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/thread_view.py" line="106"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Tampilkan %n pesan sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="124"/>
        <source>priority: %1</source>
        <translation>prioritas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="127"/>
        <source>assigned to %1</source>
        <translation>ditugaskan ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="131"/>
        <source>Escalated to %1: %2</source>
        <translation>Dieskalasi ke %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="137"/>
        <source>Our reply</source>
        <translation>Balasan kita</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="138"/>
        <source>Internal note (not sent)</source>
        <translation>Catatan internal (tidak dikirim)</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="139"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="142"/>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="144"/>
        <source>deleted on the platform</source>
        <translation>dihapus di platform</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="146"/>
        <source>open original</source>
        <translation>buka aslinya</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="153"/>
        <source>Queued — sent as soon as the platform can be reached</source>
        <translation>Dalam antrean — dikirim begitu platform dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="154"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="155"/>
        <source>Failed to send</source>
        <translation>Gagal dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="156"/>
        <source>Not sure it was posted</source>
        <translation>Belum pasti sudah terkirim</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="169"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="25"/>
        <source>Show the inbox</source>
        <translation>Tampilkan kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="26"/>
        <source>Quit Serambi</source>
        <translation>Keluar dari Serambi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="41"/>
        <source>Serambi: %n conversation(s) waiting</source>
        <translation>
            <numerusform>Serambi: %n percakapan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="47"/>
        <source>Serambi</source>
        <translation>Serambi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="48"/>
        <source>%n new message(s) in your inbox</source>
        <translation>
            <numerusform>%n pesan baru di kotak masuk Anda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageCommands</name>
    <message>
        <location filename="../../ui/triage_commands.py" line="36"/>
        <source>Select a conversation first.</source>
        <translation>Pilih percakapan terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="49"/>
        <source>Marked %n conversation(s) done.</source>
        <translation>
            <numerusform>%n percakapan ditandai selesai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="67"/>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="68"/>
        <source>For 1 hour</source>
        <translation>Selama 1 jam</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="68"/>
        <source>Until tomorrow 9:00</source>
        <translation>Sampai besok pukul 9.00</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="69"/>
        <source>Until next week (Monday 9:00)</source>
        <translation>Sampai minggu depan (Senin pukul 9.00)</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="75"/>
        <source>Pick a date…</source>
        <translation>Pilih tanggal…</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="94"/>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="95"/>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="95"/>
        <source>Assign to:</source>
        <translation>Tugaskan ke:</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="110"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="110"/>
        <source>Tag (start with - to remove it):</source>
        <translation>Tag (awali dengan - untuk menghapusnya):</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="120"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="120"/>
        <source>Priority:</source>
        <translation>Prioritas:</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="144"/>
        <source>The platform of this conversation cannot do that.</source>
        <translation>Platform percakapan ini tidak bisa melakukannya.</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="148"/>
        <source>Report</source>
        <translation>Laporkan</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="148"/>
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="152"/>
        <source>Delete the latest message of %n conversation(s) on the platform? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus pesan terbaru dari %n percakapan di platform? Ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="155"/>
        <source>Block the members of %n conversation(s) on the platform?</source>
        <translation>
            <numerusform>Blokir anggota dari %n percakapan di platform?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="157"/>
        <source>Are you sure?</source>
        <translation>Anda yakin?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="163"/>
        <source>%n conversation(s) skipped: their platform cannot do that.</source>
        <translation>
            <numerusform>%n percakapan dilewati: platformnya tidak bisa melakukannya.</numerusform>
        </translation>
    </message>
</context>
</TS>
