<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../ui/sidebar.py" line="218"/>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="218"/>
        <source>Syncing is turned off for this account.</source>
        <translation>Sinkronisasi dimatikan untuk akun ini.</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="220"/>
        <source>needs attention</source>
        <translation>perlu perhatian</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="223"/>
        <source>not synced yet</source>
        <translation>belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="223"/>
        <source>Serambi syncs it soon.</source>
        <translation>Serambi akan segera menyinkronkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="225"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="226"/>
        <source>Last synced %1</source>
        <translation>Terakhir disinkronkan %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <location filename="../../ui/about.py" line="49"/>
        <source>About Serambi</source>
        <translation>Tentang Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="55"/>
        <source>Serambi icon</source>
        <translation>Ikon Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="60"/>
        <source>Version and folders</source>
        <translation>Versi dan folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="66"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="68"/>
        <source>Copy the details for a bug report</source>
        <translation>Salin rincian untuk laporan bug</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="78"/>
        <source>Serambi</source>
        <translation>Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="79"/>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="80"/>
        <source>One local inbox for every platform your community lives on.</source>
        <translation>Satu kotak masuk lokal untuk setiap platform tempat komunitas Anda berada.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="82"/>
        <source>Free software under the MIT licence.</source>
        <translation>Perangkat lunak bebas berlisensi MIT.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="108"/>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="37"/>
        <location filename="../../ui/accounts_dialog.py" line="38"/>
        <location filename="../../ui/accounts_dialog.py" line="45"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="41"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="41"/>
        <source>Handle</source>
        <translation>Akun (handle)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="41"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="42"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="42"/>
        <source>Secret in keyring</source>
        <translation>Rahasia di keyring</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="42"/>
        <source>Syncing</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="52"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="53"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="54"/>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="55"/>
        <location filename="../../ui/accounts_dialog.py" line="103"/>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>Check the selected account</source>
        <translation>Periksa akun yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="60"/>
        <source>Turn syncing of the account on or off</source>
        <translation>Nyalakan atau matikan sinkronisasi akun</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="61"/>
        <source>Remove the selected account</source>
        <translation>Hapus akun yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="89"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="89"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="90"/>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="90"/>
        <source>off (paused)</source>
        <translation>mati (dijeda)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="102"/>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="129"/>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="148"/>
        <source>Remove the account?</source>
        <translation>Hapus akun ini?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="149"/>
        <source>Remove %1 and its %2 conversation(s) from this inbox? Nothing is deleted on the platform.</source>
        <translation>Hapus %1 dan %2 percakapannya dari kotak masuk ini? Tidak ada yang dihapus di platform.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../ui/rule_parts.py" line="123"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="128"/>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="135"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="137"/>
        <source>no canned responses yet</source>
        <translation>belum ada balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="138"/>
        <location filename="../../ui/rule_parts.py" line="148"/>
        <source>Send without asking</source>
        <translation>Kirim tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="139"/>
        <source>Unticked, the response is only suggested to whoever opens the conversation.</source>
        <translation>Jika tidak dicentang, balasan hanya disarankan kepada siapa pun yang membuka percakapan.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="143"/>
        <source>What to do</source>
        <translation>Yang dilakukan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="143"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="144"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="145"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="146"/>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="147"/>
        <source>Canned response</source>
        <translation>Balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="152"/>
        <source>Run this action earlier</source>
        <translation>Jalankan tindakan ini lebih awal</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="153"/>
        <source>Run this action later</source>
        <translation>Jalankan tindakan ini lebih akhir</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="154"/>
        <source>Remove this action</source>
        <translation>Hapus tindakan ini</translation>
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
        <source>Rules…</source>
        <translation>Aturan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Hide on the platform</source>
        <translation>Sembunyikan di platform</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>Delete on the platform…</source>
        <translation>Hapus di platform…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Block the member…</source>
        <translation>Blokir anggota…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>Mute the member</source>
        <translation>Bisukan anggota</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Report to the platform…</source>
        <translation>Laporkan ke platform…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Mark read on the platform</source>
        <translation>Tandai dibaca di platform</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>Close the topic…</source>
        <translation>Tutup topik…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Remove from the room…</source>
        <translation>Keluarkan dari ruang…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>Ban from the room…</source>
        <translation>Larang masuk ruang…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Silence on the site…</source>
        <translation>Senyapkan di situs…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Warn the member…</source>
        <translation>Peringatkan anggota…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>Sort: newest first</source>
        <translation>Urutkan: terbaru dulu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>Sort: oldest first</source>
        <translation>Urutkan: terlama dulu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Sort: waiting longest</source>
        <translation>Urutkan: menunggu paling lama</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Sort: priority</source>
        <translation>Urutkan: prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>Accounts…</source>
        <translation>Akun…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Sync</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Sync status…</source>
        <translation>Status sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>Community health dashboard</source>
        <translation>Dasbor kesehatan komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Save search as view…</source>
        <translation>Simpan pencarian sebagai tampilan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Community…</source>
        <translation>Komunitas…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>New in Inbox</source>
        <translation>Baru di Kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>New in Mine</source>
        <translation>Baru di Milik saya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>New in Unassigned</source>
        <translation>Baru di Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>New in Escalated</source>
        <translation>Baru di Dieskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>AddAccountWizard</name>
    <message>
        <location filename="../../ui/account_wizard.py" line="276"/>
        <location filename="../../ui/account_wizard.py" line="277"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="279"/>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="280"/>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="281"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="282"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../ui/plain.py" line="49"/>
        <source>now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="50"/>
        <source>%1w</source>
        <translation>%1mg</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="51"/>
        <source>%1d</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="52"/>
        <source>%1h</source>
        <translation>%1j</translation>
    </message>
    <message>
        <location filename="../../ui/plain.py" line="53"/>
        <source>%1m</source>
        <translation>%1mnt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>No usable keyring: passwords and tokens are kept only until Serambi closes.</source>
        <translation>Tidak ada keyring yang bisa dipakai: kata sandi dan token hanya disimpan sampai Serambi ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>This is the demo community: nothing you do leaves this computer.</source>
        <translation>Ini komunitas demo: tidak ada yang Anda lakukan keluar dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>Breakdowns</name>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="28"/>
        <source>Figures per platform, tag and assignee</source>
        <translation>Angka per platform, tag, dan penerima tugas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="30"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="30"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="31"/>
        <source>Assignees</source>
        <translation>Penerima tugas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="34"/>
        <source>Conv.</source>
        <translation>Perc.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="34"/>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="34"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="35"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="35"/>
        <source>SLA hit</source>
        <translation>SLA terpenuhi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_breakdown.py" line="52"/>
        <source>nobody</source>
        <translation>tidak ada</translation>
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
    <name>ChoosePage</name>
    <message>
        <location filename="../../ui/account_wizard.py" line="60"/>
        <source>Which platform?</source>
        <translation>Platform yang mana?</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="62"/>
        <source>Platforms</source>
        <translation>Platform</translation>
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
        <location filename="../../ui/commands.py" line="65"/>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="117"/>
        <source>Sync stopped: %1</source>
        <translation>Sinkronisasi berhenti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="189"/>
        <source>Sync is not running.</source>
        <translation>Sinkronisasi tidak berjalan.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="243"/>
        <source>Open a conversation with a member first.</source>
        <translation>Buka percakapan dengan anggota terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>CommunityWindow</name>
    <message>
        <location filename="../../ui/community_window.py" line="100"/>
        <location filename="../../ui/community_window.py" line="117"/>
        <source>Community</source>
        <translation>Komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="101"/>
        <source>Community trends and members</source>
        <translation>Tren dan anggota komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="103"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/community_window.py" line="105"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n hari terakhir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="110"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="111"/>
        <source>Read the trends again</source>
        <translation>Baca ulang tren</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="115"/>
        <source>Community status</source>
        <translation>Status komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="118"/>
        <source>Trends</source>
        <translation>Tren</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="119"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="121"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="133"/>
        <source>Term</source>
        <translation>Istilah</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="133"/>
        <source>Recent</source>
        <translation>Terkini</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="133"/>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="133"/>
        <source>Rise</source>
        <translation>Kenaikan</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="134"/>
        <source>Rising terms</source>
        <translation>Istilah yang sedang naik</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="135"/>
        <source>No term is rising against the weeks before.</source>
        <translation>Tidak ada istilah yang naik dibanding minggu-minggu sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="136"/>
        <source>Rising hashtags</source>
        <translation>Tagar yang sedang naik</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="136"/>
        <source>Hashtag</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="137"/>
        <source>No hashtag is rising against the weeks before.</source>
        <translation>Tidak ada tagar yang naik dibanding minggu-minggu sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="138"/>
        <source>Asked</source>
        <translation>Ditanyakan</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="138"/>
        <source>Unanswered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="138"/>
        <source>Keywords</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="139"/>
        <source>Example</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="140"/>
        <source>Most asked questions</source>
        <translation>Pertanyaan paling sering</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="141"/>
        <source>No question was asked more than once.</source>
        <translation>Tidak ada pertanyaan yang diajukan lebih dari sekali.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="142"/>
        <source>Unanswered questions</source>
        <translation>Pertanyaan belum terjawab</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="143"/>
        <source>Every question that came up has an answer.</source>
        <translation>Setiap pertanyaan yang muncul sudah terjawab.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="150"/>
        <source>Double-click a term to search the inbox for it, or a question to list the conversations that ask it.</source>
        <translation>Klik dua kali sebuah istilah untuk mencarinya di kotak masuk, atau sebuah pertanyaan untuk menampilkan percakapan yang menanyakannya.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="156"/>
        <source>Conversations that ask this question</source>
        <translation>Percakapan yang menanyakan pertanyaan ini</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="158"/>
        <source>Search the inbox for its keywords</source>
        <translation>Cari kata kuncinya di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="159"/>
        <source>Search the inbox for the question&apos;s keywords</source>
        <translation>Cari kata kunci pertanyaan ini di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="183"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="183"/>
        <source>Handle</source>
        <translation>Akun (handle)</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="183"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="184"/>
        <source>Most active</source>
        <translation>Paling aktif</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="184"/>
        <location filename="../../ui/community_window.py" line="187"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="185"/>
        <source>Nobody wrote in this period.</source>
        <translation>Tidak ada yang menulis pada periode ini.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="186"/>
        <source>Most helpful</source>
        <translation>Paling membantu</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="187"/>
        <source>Helped others</source>
        <translation>Membantu yang lain</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="188"/>
        <source>Nobody answered another member in this period.</source>
        <translation>Tidak ada yang menjawab anggota lain pada periode ini.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="191"/>
        <source>Messages written in other members&apos; conversations: answers, support, welcomes</source>
        <translation>Pesan yang ditulis di percakapan anggota lain: jawaban, bantuan, sambutan</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="196"/>
        <source>Double-click a member to list their conversations in the inbox and open the latest.</source>
        <translation>Klik dua kali seorang anggota untuk menampilkan percakapannya di kotak masuk dan membuka yang terbaru.</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="213"/>
        <source>Reading the archive…</source>
        <translation>Membaca arsip…</translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="222"/>
        <source>Could not read the trends: %1</source>
        <translation>Tidak dapat membaca tren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/community_window.py" line="228"/>
        <source>Last %n day(s), compared with the %1 days before.</source>
        <translation>
            <numerusform>%n hari terakhir, dibandingkan dengan %1 hari sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/community_window.py" line="256"/>
        <source>Conversations that ask “%1” (%2). Double-click one to open it in the inbox.</source>
        <translation>Percakapan yang menanyakan “%1” (%2). Klik dua kali salah satunya untuk membukanya di kotak masuk.</translation>
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
        <location filename="../../ui/conversation_model.py" line="74"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="74"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="74"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="74"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="75"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="75"/>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="75"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="217"/>
        <source>Click to sort by this column</source>
        <translation>Klik untuk mengurutkan menurut kolom ini</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="247"/>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="248"/>
        <source>Next reply</source>
        <translation>Balasan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="248"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="249"/>
        <source>Reply window closes</source>
        <translation>Jendela balasan ditutup</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="250"/>
        <source>%1 due %2</source>
        <translation>%1 jatuh tempo %2</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="277"/>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_model.py" line="277"/>
        <source>⚠ late %1</source>
        <translation>⚠ telat %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="60"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="61"/>
        <source>Serambi ran into an error it did not expect: %1

Your inbox is safe: every change is saved as you make it. If this keeps happening, send the details below to the developers.</source>
        <translation>Serambi mengalami kesalahan yang tidak terduga: %1

Kotak masuk Anda aman: setiap perubahan disimpan saat Anda membuatnya. Jika ini terus terjadi, kirimkan rincian di bawah kepada pengembang.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="70"/>
        <source>Error report</source>
        <translation>Laporan kesalahan</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="57"/>
        <source>Community health</source>
        <translation>Kesehatan komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="58"/>
        <source>Community health dashboard</source>
        <translation>Dasbor kesehatan komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="60"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="61"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="62"/>
        <source>PDF report…</source>
        <translation>Laporan PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="63"/>
        <location filename="../../ui/dashboard.py" line="149"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="74"/>
        <location filename="../../ui/dashboard_drill.py" line="49"/>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="74"/>
        <location filename="../../ui/dashboard_drill.py" line="50"/>
        <source>Reply time</source>
        <translation>Waktu balas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="75"/>
        <location filename="../../ui/dashboard_drill.py" line="51"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="76"/>
        <source>Response rate</source>
        <translation>Tingkat respons</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="76"/>
        <source>SLA hit rate</source>
        <translation>Tingkat pemenuhan SLA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="77"/>
        <source>Not done now</source>
        <translation>Belum selesai saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="77"/>
        <source>Waiting on us</source>
        <translation>Menunggu kita</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="78"/>
        <source>Overdue / due soon</source>
        <translation>Terlambat / segera jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="80"/>
        <source>Messages per day</source>
        <translation>Pesan per hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="81"/>
        <source>First response per day</source>
        <translation>Respons pertama per hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="82"/>
        <source>First response by platform</source>
        <translation>Respons pertama per platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="83"/>
        <source>Not done, by age</source>
        <translation>Belum selesai, menurut umur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="158"/>
        <source>Settings ignored: %1</source>
        <translation>Pengaturan diabaikan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="160"/>
        <source>%1 to %2 · times in %3 · computed in %4 s</source>
        <translation>%1 sampai %2 · waktu dalam %3 · dihitung dalam %4 dtk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="166"/>
        <source>The figures could not be computed: %1</source>
        <translation>Angka tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="224"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="225"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="228"/>
        <source>Wrote %1 conversation(s) to %2</source>
        <translation>%1 percakapan ditulis ke %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="235"/>
        <source>PDF report</source>
        <translation>Laporan PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="239"/>
        <source>Community health report</source>
        <translation>Laporan kesehatan komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Saved %2</source>
        <translation>Disimpan ke %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="246"/>
        <source>Only: %1.</source>
        <translation>Hanya: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="251"/>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="132"/>
        <source>Inbound</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="133"/>
        <source>Our replies</source>
        <translation>Balasan kita</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="134"/>
        <source>New conversations</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="135"/>
        <source>per day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="141"/>
        <source>Median first response (business hours)</source>
        <translation>Median respons pertama (jam kerja)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="142"/>
        <location filename="../../ui/dashboard_charts.py" line="152"/>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="150"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="151"/>
        <source>90th percentile</source>
        <translation>Persentil ke-90</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="162"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="163"/>
        <source>conversations</source>
        <translation>percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="67"/>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="68"/>
        <source>%1 (first response)</source>
        <translation>%1 (respons pertama)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="94"/>
        <source>no reply</source>
        <translation>belum dibalas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="95"/>
        <source>Openings without a first response</source>
        <translation>Pembukaan tanpa respons pertama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="100"/>
        <source>Missed SLA targets</source>
        <translation>Target SLA yang terlewat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="104"/>
        <source>Overdue and breaching soon</source>
        <translation>Terlambat dan hampir terlambat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="106"/>
        <source>Waiting on our reply</source>
        <translation>Menunggu balasan kita</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="107"/>
        <source>waiting %1</source>
        <translation>menunggu %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="113"/>
        <source>Not done yet</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="122"/>
        <source>Messages at %1:00</source>
        <translation>Pesan pukul %1.00</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="134"/>
        <source>first response</source>
        <translation>respons pertama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="135"/>
        <source>next reply</source>
        <translation>balasan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="136"/>
        <source>resolution</source>
        <translation>penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="137"/>
        <source>reply window</source>
        <translation>jendela balasan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="144"/>
        <source>no SLA</source>
        <translation>tanpa SLA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="145"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="146"/>
        <source>hit</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="147"/>
        <source>missed</source>
        <translation>terlewat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="20"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="26"/>
        <source>%1d %2h</source>
        <translation>%1h %2j</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="28"/>
        <source>%1h %2m</source>
        <translation>%1j %2mnt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="31"/>
        <source>%1m</source>
        <translation>%1mnt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="32"/>
        <source>%1s</source>
        <translation>%1dtk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="36"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="50"/>
        <source>in %1</source>
        <translation>dalam %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_format.py" line="51"/>
        <source>%1 overdue</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="17"/>
        <source>no samples in this period</source>
        <translation>tidak ada sampel pada periode ini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="18"/>
        <source>p90 %1 · mean %2 · %3 sample(s)</source>
        <translation>p90 %1 · rata-rata %2 · %3 sampel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="30"/>
        <source>%1 of %2 openings answered</source>
        <translation>%1 dari %2 pembukaan terjawab</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="35"/>
        <source>first response %1 · next reply %2 · resolution %3</source>
        <translation>respons pertama %1 · balasan berikutnya %2 · penyelesaian %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="40"/>
        <source>oldest %1</source>
        <translation>terlama %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="42"/>
        <source>%1 without any reply yet</source>
        <translation>%1 belum dibalas sama sekali</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_show.py" line="46"/>
        <source>overdue / due within %1</source>
        <translation>terlambat / jatuh tempo dalam %1</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/account_wizard.py" line="102"/>
        <source>No sign-in needed.</source>
        <translation>Tidak perlu masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="111"/>
        <source> (optional)</source>
        <translation> (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="120"/>
        <source>Sign in with your browser…</source>
        <translation>Masuk dengan peramban…</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="129"/>
        <source>Handle</source>
        <translation>Akun (handle)</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="139"/>
        <source>It is kept in your system keyring, never in the inbox.</source>
        <translation>Disimpan di keyring sistem Anda, tidak pernah di kotak masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="142"/>
        <source>Or, instead of a token:</source>
        <translation>Atau, sebagai ganti token:</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="171"/>
        <source>Waiting for you to finish in the browser…</source>
        <translation>Menunggu Anda selesai di peramban…</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="177"/>
        <source>Your browser shows the platform&apos;s sign-in page. If it did not open, copy this address into it:
%1</source>
        <translation>Peramban Anda menampilkan halaman masuk platform. Jika tidak terbuka, salin alamat ini ke peramban:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="184"/>
        <source>Signed in as %1.</source>
        <translation>Masuk sebagai %1.</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="47"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="47"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="47"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="48"/>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="48"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="89"/>
        <source>Click a figure, a bar or a cell to see the conversations behind it.</source>
        <translation>Klik angka, batang, atau sel untuk melihat percakapan di baliknya.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="96"/>
        <source>Conversations behind the figure</source>
        <translation>Percakapan di balik angka</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="107"/>
        <source>How its times were computed</source>
        <translation>Cara waktunya dihitung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="108"/>
        <source>Select a conversation to see how its times were computed.</source>
        <translation>Pilih percakapan untuk melihat cara waktunya dihitung.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="110"/>
        <source>Open in inbox</source>
        <translation>Buka di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panel.py" line="129"/>
        <source>%1: %2 conversation(s)</source>
        <translation>%1: %2 percakapan</translation>
    </message>
</context>
<context>
    <name>DryRunView</name>
    <message>
        <location filename="../../ui/rule_words.py" line="103"/>
        <source>Dry run</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="104"/>
        <source>Dry run: select a rule and press Dry run, or try a draft from the editor. Nothing is changed.</source>
        <translation>Uji coba: pilih aturan lalu tekan Uji coba, atau coba draf dari penyunting. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="108"/>
        <source>Dry run summary</source>
        <translation>Ringkasan uji coba</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="109"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="109"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="109"/>
        <source>Last message</source>
        <translation>Pesan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="110"/>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="110"/>
        <source>Would do</source>
        <translation>Akan melakukan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="112"/>
        <source>Conversations the rule would act on</source>
        <translation>Percakapan yang akan ditindak aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="127"/>
        <source>%1: reading the newest %2 messages…</source>
        <translation>%1: membaca %2 pesan terbaru…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rule_words.py" line="136"/>
        <source>%1: %n conversation(s) among the newest %2 messages. Nothing was changed. Double-click one to open it in the inbox.</source>
        <translation>
            <numerusform>%1: %n percakapan di antara %2 pesan terbaru. Tidak ada yang diubah. Klik dua kali salah satunya untuk membukanya di kotak masuk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Escalate</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Escalate conversations</source>
        <translation>Eskalasikan percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>Escalate to</source>
        <translation>Eskalasikan ke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>a teammate or a team</source>
        <translation>rekan atau tim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Note for them</source>
        <translation>Catatan untuk mereka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="71"/>
        <source>To whom</source>
        <translation>Kepada siapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="72"/>
        <source>Why</source>
        <translation>Mengapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="27"/>
        <source>%1 elapsed, %2 in business hours</source>
        <translation>%1 berlalu, %2 dalam jam kerja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="31"/>
        <source>(%1 outside business hours not counted)</source>
        <translation>(%1 di luar jam kerja tidak dihitung)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="40"/>
        <source>Times in %1. Created %2.</source>
        <translation>Waktu dalam %1. Dibuat %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="47"/>
        <source>Waiting now since %1 (%2).</source>
        <translation>Kini menunggu sejak %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="51"/>
        <source>Done at %1: resolution %2 since creation.</source>
        <translation>Selesai pada %1: penyelesaian %2 sejak dibuat.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="55"/>
        <source>%1 internal note(s) not counted: a note is never a reply.</source>
        <translation>%1 catatan internal tidak dihitung: catatan tidak pernah dianggap balasan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="58"/>
        <source>%1 automatic repl(ies) by a rule not counted: only a person&apos;s reply stops a clock.</source>
        <translation>%1 balasan otomatis oleh aturan tidak dihitung: hanya balasan manusia yang menghentikan hitungan waktu.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="63"/>
        <source>Opened by %1 at %2.</source>
        <translation>Dibuka oleh %1 pada %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="64"/>
        <source>Reopened by %1 at %2.</source>
        <translation>Dibuka kembali oleh %1 pada %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="65"/>
        <source>Reopened by hand at %2.</source>
        <translation>Dibuka kembali secara manual pada %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="69"/>
        <source>First response %1 at %2: %3.</source>
        <translation>Respons pertama oleh %1 pada %2: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="74"/>
        <source>Marked done at %1 without a reply.</source>
        <translation>Ditandai selesai pada %1 tanpa balasan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="77"/>
        <source>No reply yet: the first response clock is running.</source>
        <translation>Belum ada balasan: hitungan waktu respons pertama sedang berjalan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="82"/>
        <source>Waiting since %1 (%2) until marked done, unanswered.</source>
        <translation>Menunggu sejak %1 (%2) hingga ditandai selesai, tanpa jawaban.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="84"/>
        <source>Waiting since %1 (%2), answered by %3 (%4): %5.</source>
        <translation>Menunggu sejak %1 (%2), dijawab oleh %3 (%4): %5.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="91"/>
        <source>No SLA policy applies.</source>
        <translation>Tidak ada kebijakan SLA yang berlaku.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="92"/>
        <source>SLA policy “%1”: %2.</source>
        <translation>Kebijakan SLA “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="95"/>
        <source>%1: running, %2 of %3 used, due %4.</source>
        <translation>%1: berjalan, %2 dari %3 terpakai, jatuh tempo %4.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="96"/>
        <source>%1: %2 of %3 allowed: %4.</source>
        <translation>%1: %2 dari %3 yang diizinkan: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_explain.py" line="102"/>
        <source>Reply window on %1 closes %2.</source>
        <translation>Jendela balasan di %1 ditutup %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="24"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="24"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="25"/>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="25"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="26"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="27"/>
        <source>Custom dates</source>
        <translation>Tanggal khusus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="31"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="31"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="36"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="36"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="37"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="37"/>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="38"/>
        <source>Assignee</source>
        <translation>Penerima tugas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="38"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="39"/>
        <source>Nobody (unassigned)</source>
        <translation>Tidak ada (belum ditugaskan)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="40"/>
        <source>Business hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="42"/>
        <source>Count only the workspace&apos;s working hours</source>
        <translation>Hitung hanya jam kerja ruang kerja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_filters.py" line="45"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/account_wizard.py" line="206"/>
        <source>Checking the account</source>
        <translation>Memeriksa akun</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="208"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="216"/>
        <source>Adding the account…</source>
        <translation>Menambahkan akun…</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="232"/>
        <source>Added. Checking the connection…</source>
        <translation>Ditambahkan. Memeriksa koneksi…</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="240"/>
        <source>The account was not added: %1</source>
        <translation>Akun tidak ditambahkan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="247"/>
        <source>It works. %1</source>
        <translation>Berhasil. %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_wizard.py" line="248"/>
        <source>The account was added, but it does not work yet: %1

Go back to correct the details (the account is removed again), or finish and fix it later in Accounts.</source>
        <translation>Akun sudah ditambahkan, tetapi belum berfungsi: %1

Kembali untuk memperbaiki rinciannya (akun dihapus lagi), atau selesai lalu perbaiki nanti di Akun.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../ui/dashboard_heatmap.py" line="24"/>
        <source>When members write: messages by weekday and hour</source>
        <translation>Kapan anggota menulis: pesan menurut hari dan jam</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_heatmap.py" line="31"/>
        <source>Busiest hour: %1 messages</source>
        <translation>Jam tersibuk: %1 pesan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_heatmap.py" line="75"/>
        <source>%1 %2:00–%3:00: %4 message(s)</source>
        <translation>%1 %2.00–%3.00: %4 pesan</translation>
    </message>
</context>
<context>
    <name>InsightDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <location filename="../../ui/dialogs.py" line="93"/>
        <source>Correct tone and intent</source>
        <translation>Koreksi nada dan maksud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>Tone</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>About</source>
        <translation>Maksud</translation>
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
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>neutral</source>
        <translation>netral</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>negative</source>
        <translation>negatif</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>question</source>
        <translation>pertanyaan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>complaint</source>
        <translation>keluhan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>praise</source>
        <translation>pujian</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>request</source>
        <translation>permintaan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>other</source>
        <translation>lainnya</translation>
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
        <location filename="../../ui/list_commands.py" line="190"/>
        <source>Type a search first, then save it as a view.</source>
        <translation>Ketik pencarian dulu, lalu simpan sebagai tampilan.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="194"/>
        <source>Save search as view</source>
        <translation>Simpan pencarian sebagai tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="195"/>
        <source>Name for the view (it shows in the sidebar with a live count):</source>
        <translation>Nama tampilan (muncul di bilah samping dengan jumlah terkini):</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="201"/>
        <source>Saved the search as a view.</source>
        <translation>Pencarian disimpan sebagai tampilan.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="204"/>
        <source>Rename saved search</source>
        <translation>Ganti nama pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="205"/>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="209"/>
        <source>Renamed.</source>
        <translation>Nama diganti.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="212"/>
        <source>Remove saved search?</source>
        <translation>Hapus pencarian tersimpan?</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="213"/>
        <source>Remove the saved search “%1”? Conversations are not touched.</source>
        <translation>Hapus pencarian tersimpan “%1”? Percakapan tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/list_commands.py" line="218"/>
        <source>Saved search removed.</source>
        <translation>Pencarian tersimpan dihapus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Serambi</source>
        <translation>Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Serambi inbox</source>
        <translation>Kotak masuk Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Search (/):  words &quot;a phrase&quot; from:ani tag:refund is:unread before:2d</source>
        <translation>Cari (/):  kata &quot;sebuah frasa&quot; from:ani tag:refund is:unread before:2d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Search problem</source>
        <translation>Masalah pencarian</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>About Serambi</source>
        <translation>Tentang Serambi</translation>
    </message>
</context>
<context>
    <name>MemberEdits</name>
    <message>
        <location filename="../../ui/member_edits.py" line="47"/>
        <source>Marked as VIP.</source>
        <translation>Ditandai sebagai VIP.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="47"/>
        <source>No longer a VIP.</source>
        <translation>Tidak lagi VIP.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="51"/>
        <source>Member notes saved.</source>
        <translation>Catatan anggota disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="63"/>
        <source>Linked: both are now one person.</source>
        <translation>Ditautkan: keduanya kini satu orang.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="70"/>
        <source>Member tags</source>
        <translation>Tag anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="71"/>
        <source>Tags for this member, separated by commas or spaces:</source>
        <translation>Tag untuk anggota ini, dipisahkan koma atau spasi:</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="84"/>
        <source>Member tags saved.</source>
        <translation>Tag anggota disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="88"/>
        <source>Unlinked.</source>
        <translation>Tautan dilepas.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="97"/>
        <source>Warn %1</source>
        <translation>Peringatkan %1</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="98"/>
        <source>What did you tell this member, and where? It is kept in their moderation history, which only your team sees.</source>
        <translation>Apa yang Anda sampaikan kepada anggota ini, dan di mana? Ini disimpan di riwayat moderasinya, yang hanya dilihat tim Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/member_edits.py" line="102"/>
        <source>Warning recorded.</source>
        <translation>Peringatan dicatat.</translation>
    </message>
</context>
<context>
    <name>MemberHistory</name>
    <message>
        <location filename="../../ui/member_history.py" line="25"/>
        <source>Warned</source>
        <translation>Diperingatkan</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="26"/>
        <source>Heated conversation</source>
        <translation>Percakapan memanas</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="27"/>
        <source>Hidden</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="28"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="29"/>
        <source>Blocked</source>
        <translation>Diblokir</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="30"/>
        <source>Muted</source>
        <translation>Dibisukan</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="31"/>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="32"/>
        <source>Topic closed</source>
        <translation>Topik ditutup</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="33"/>
        <source>Removed from the room</source>
        <translation>Dikeluarkan dari ruang</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="34"/>
        <source>Banned</source>
        <translation>Dilarang masuk ruang</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="35"/>
        <source>Silenced</source>
        <translation>Disenyapkan</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="38"/>
        <source>waiting for the platform</source>
        <translation>menunggu platform</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="39"/>
        <source>in progress</source>
        <translation>sedang diproses</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="40"/>
        <source>done on the platform</source>
        <translation>selesai di platform</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="41"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="42"/>
        <source>not known to have worked</source>
        <translation>belum pasti berhasil</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="57"/>
        <location filename="../../ui/member_history.py" line="60"/>
        <location filename="../../ui/member_history.py" line="91"/>
        <source>Moderation history</source>
        <translation>Riwayat moderasi</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="63"/>
        <source>Moderation history title</source>
        <translation>Judul riwayat moderasi</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="64"/>
        <source>Warn…</source>
        <translation>Peringatkan…</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="65"/>
        <source>Record a warning given to this member</source>
        <translation>Catat peringatan yang diberikan kepada anggota ini</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="69"/>
        <source>What the team did about this member</source>
        <translation>Tindakan tim terhadap anggota ini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_history.py" line="102"/>
        <source>Moderation history (%n)</source>
        <translation>
            <numerusform>Riwayat moderasi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="105"/>
        <source>Nothing yet.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="116"/>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
    <message>
        <location filename="../../ui/member_history.py" line="124"/>
        <source>Moderation history could not be read: %1</source>
        <translation>Riwayat moderasi tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/member_panel.py" line="59"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="62"/>
        <source>Member name</source>
        <translation>Nama anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="67"/>
        <source>Member handle</source>
        <translation>Akun anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="77"/>
        <source>Member notes</source>
        <translation>Catatan anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="78"/>
        <source>Notes about this member (only your team sees them)</source>
        <translation>Catatan tentang anggota ini (hanya tim Anda yang melihatnya)</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="83"/>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="84"/>
        <source>Save the member notes</source>
        <translation>Simpan catatan anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="86"/>
        <source>Open profile…</source>
        <translation>Buka profil…</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="87"/>
        <source>Open the member&apos;s profile</source>
        <translation>Buka profil anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="89"/>
        <source>Linked identities</source>
        <translation>Identitas tertaut</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="90"/>
        <source>Link to another member…</source>
        <translation>Tautkan ke anggota lain…</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="91"/>
        <source>Link this member to the same person elsewhere</source>
        <translation>Tautkan anggota ini ke orang yang sama di platform lain</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="93"/>
        <source>Unlink</source>
        <translation>Lepas tautan</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="94"/>
        <source>Unlink this member from the person</source>
        <translation>Lepaskan anggota ini dari orang tersebut</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="97"/>
        <source>Other conversations</source>
        <translation>Percakapan lain</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="99"/>
        <source>This member&apos;s other conversations</source>
        <translation>Percakapan lain anggota ini</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="134"/>
        <source>No member</source>
        <translation>Tanpa anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="68"/>
        <source>★ VIP</source>
        <translation>★ VIP</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="69"/>
        <source>VIP member</source>
        <translation>Anggota VIP</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="71"/>
        <source>Member tags</source>
        <translation>Tag anggota</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="72"/>
        <source>Tags…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="73"/>
        <source>Edit this member&apos;s tags</source>
        <translation>Sunting tag anggota ini</translation>
    </message>
    <message>
        <location filename="../../ui/member_panel.py" line="156"/>
        <source>Also:</source>
        <translation>Juga:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_panel.py" line="162"/>
        <source>Other conversations (%n)</source>
        <translation>
            <numerusform>Percakapan lain (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>&amp;Triage</source>
        <translation>&amp;Triase</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>&amp;Moderate</source>
        <translation>&amp;Moderasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>&amp;View</source>
        <translation>T&amp;ampilan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="102"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>&amp;Notify me of</source>
        <translation>&amp;Notifikasi untuk</translation>
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
    <name>PlatformSetup</name>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="7"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="8"/>
        <source>Serambi reads the account&apos;s mentions, replies and quotes and answers them as the account. It signs in with an app password, never the main password.</source>
        <translation>Serambi membaca mention, balasan, dan kutipan untuk akun ini dan membalasnya atas nama akun. Serambi masuk dengan kata sandi aplikasi, bukan kata sandi utama.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="9"/>
        <source>App password</source>
        <translation>Kata sandi aplikasi</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="10"/>
        <source>Make one in Bluesky under Settings → Privacy and security → App passwords; it lets Serambi read notifications and post without your main password.</source>
        <translation>Buat di Bluesky lewat Settings → Privacy and security → App passwords; dengan itu Serambi bisa membaca notifikasi dan memposting tanpa kata sandi utama Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="11"/>
        <source>Handle</source>
        <translation>Akun (handle)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="12"/>
        <source>The account&apos;s handle, such as brand.bsky.social or brand.com</source>
        <translation>Handle akun, misalnya brand.bsky.social atau brand.com</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="13"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="14"/>
        <source>The account&apos;s PDS or entryway; leave as is for bsky.social accounts</source>
        <translation>PDS atau entryway akun; biarkan apa adanya untuk akun bsky.social</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="15"/>
        <source>Discourse</source>
        <translation>Discourse</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="16"/>
        <source>Serambi reads your notifications (replies, mentions, quotes, messages) and, if you choose, new posts in some categories; it replies and flags as you, and hides, deletes, closes and silences when your account is staff.</source>
        <translation>Serambi membaca notifikasi Anda (balasan, mention, kutipan, pesan) dan, bila Anda pilih, posting baru di beberapa kategori; Serambi membalas dan menandai atas nama Anda, serta menyembunyikan, menghapus, menutup, dan membungkam bila akun Anda staf.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="17"/>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="18"/>
        <source>An admin makes one under Admin &gt; API &gt; New API key (user level: this user, or all users). Or sign in with the browser: the forum then gives Serambi a user API key of your own.</source>
        <translation>Admin membuatnya di Admin &gt; API &gt; New API key (tingkat pengguna: pengguna ini, atau semua pengguna). Atau masuk lewat peramban: forum lalu memberi Serambi kunci API pengguna milik Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="19"/>
        <source>Forum address</source>
        <translation>Alamat forum</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="20"/>
        <source>the forum&apos;s https:// address</source>
        <translation>alamat https:// forum</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="21"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="22"/>
        <source>your username on the forum; an API key acts as this user</source>
        <translation>nama pengguna Anda di forum; kunci API bertindak sebagai pengguna ini</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="23"/>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="24"/>
        <source>categories whose new posts come in too: slugs or ids, comma-separated (their subcategories come along)</source>
        <translation>kategori yang posting barunya ikut masuk: slug atau id, dipisahkan koma (subkategorinya ikut)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="25"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="26"/>
        <source>A mailbox your team answers (support@, hello@...): Serambi reads it over IMAP and replies over SMTP with the mailbox&apos;s own servers, as a mail program would.</source>
        <translation>Kotak surat yang dijawab tim Anda (support@, hello@...): Serambi membacanya lewat IMAP dan membalas lewat SMTP dengan server kotak surat itu sendiri, seperti program email.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="27"/>
        <source>Password or app password</source>
        <translation>Kata sandi atau kata sandi aplikasi</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="28"/>
        <source>The mailbox password. Providers with two-step sign-in (Gmail, Outlook, iCloud, Yahoo, Fastmail) need an app password made in the account&apos;s security settings.</source>
        <translation>Kata sandi kotak surat. Penyedia dengan verifikasi dua langkah (Gmail, Outlook, iCloud, Yahoo, Fastmail) memerlukan kata sandi aplikasi yang dibuat di pengaturan keamanan akun.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="29"/>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="30"/>
        <source>The address customers write to; replies are sent from it.</source>
        <translation>Alamat yang ditulisi pelanggan; balasan dikirim dari alamat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="31"/>
        <source>IMAP server</source>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="32"/>
        <source>Where mail is read, from your provider&apos;s mail program settings.</source>
        <translation>Tempat surat dibaca, dari pengaturan program email penyedia Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="33"/>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="34"/>
        <source>993 for ssl, 143 for starttls.</source>
        <translation>993 untuk ssl, 143 untuk starttls.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="35"/>
        <source>IMAP security</source>
        <translation>Keamanan IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="36"/>
        <location filename="../../ui/setup_strings_list.py" line="42"/>
        <source>ssl (implicit TLS, the default), starttls, or none (only for a server on this machine)</source>
        <translation>ssl (TLS langsung, bawaan), starttls, atau none (hanya untuk server di komputer ini)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="37"/>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="38"/>
        <source>Where mail is sent (outgoing server).</source>
        <translation>Tempat surat dikirim (server keluar).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="39"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="40"/>
        <source>465 for ssl, 587 for starttls.</source>
        <translation>465 untuk ssl, 587 untuk starttls.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="41"/>
        <source>SMTP security</source>
        <translation>Keamanan SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="43"/>
        <source>Login</source>
        <translation>Nama masuk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="44"/>
        <source>The user name for both servers, when it is not the address.</source>
        <translation>Nama pengguna untuk kedua server, bila bukan alamat email.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="45"/>
        <source>Folders to watch</source>
        <translation>Folder yang dipantau</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="46"/>
        <source>Comma-separated IMAP folders Serambi reads, e.g. INBOX,Support.</source>
        <translation>Folder IMAP yang dibaca Serambi, dipisahkan koma, mis. INBOX,Support.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="47"/>
        <source>Sent folder</source>
        <translation>Folder terkirim</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="48"/>
        <source>Where copies of replies are filed (left out when it does not exist); often &apos;Sent&apos;, &apos;Sent Items&apos; or &apos;[Gmail]/Sent Mail&apos;.</source>
        <translation>Tempat salinan balasan disimpan (dilewati bila tidak ada); sering &apos;Sent&apos;, &apos;Sent Items&apos;, atau &apos;[Gmail]/Sent Mail&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="49"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="50"/>
        <source>Serambi reads the account&apos;s mentions and direct messages and can reply, delete its own posts, block, mute and report. Sign in through the browser, or paste an access token made under Preferences → Development.</source>
        <translation>Serambi membaca mention dan pesan langsung akun ini dan bisa membalas, menghapus posting sendiri, memblokir, membisukan, dan melaporkan. Masuk lewat peramban, atau tempel token akses yang dibuat di Preferences → Development.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="51"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="52"/>
        <source>On your server open Preferences → Development → New application, tick the scopes read:accounts read:notifications read:statuses write:statuses write:blocks write:mutes write:reports, save, open the application and copy &apos;Your access token&apos;.</source>
        <translation>Di server Anda buka Preferences → Development → New application, centang cakupan read:accounts read:notifications read:statuses write:statuses write:blocks write:mutes write:reports, simpan, buka aplikasinya lalu salin &apos;Your access token&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="53"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="54"/>
        <source>The address of the Mastodon server the account lives on.</source>
        <translation>Alamat server Mastodon tempat akun ini berada.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="55"/>
        <source>The account&apos;s full address. Browser sign-in fills it in; give it when you paste a token.</source>
        <translation>Alamat lengkap akun. Masuk lewat peramban mengisinya sendiri; isi bila Anda menempel token.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="56"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="57"/>
        <source>Serambi signs in as its own device of a Matrix account (best a dedicated one for the brand), reads mentions and direct chats, and every message of the rooms you choose. End-to-end encrypted rooms cannot be read.</source>
        <translation>Serambi masuk sebagai perangkat tersendiri pada akun Matrix (sebaiknya akun khusus untuk brand), membaca mention dan obrolan langsung, serta setiap pesan di ruang yang Anda pilih. Ruang terenkripsi ujung-ke-ujung tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="58"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="59"/>
        <source>The Matrix account&apos;s password. Accounts that only sign in through single sign-on (SSO/OIDC) cannot be added yet.</source>
        <translation>Kata sandi akun Matrix. Akun yang hanya bisa masuk lewat single sign-on (SSO/OIDC) belum bisa ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="60"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="61"/>
        <source>The address of your homeserver&apos;s client API (the one your Matrix app signs in to).</source>
        <translation>Alamat API klien homeserver Anda (yang dipakai aplikasi Matrix Anda untuk masuk).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="62"/>
        <source>User ID</source>
        <translation>ID pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="63"/>
        <source>The account&apos;s full Matrix ID, with the @ and the server.</source>
        <translation>ID Matrix lengkap akun, dengan @ dan servernya.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="64"/>
        <source>Rooms to follow</source>
        <translation>Ruang yang diikuti</translation>
    </message>
    <message>
        <location filename="../../ui/setup_strings_list.py" line="65"/>
        <source>Rooms whose every message should come in, by id or alias, separated by commas. Mentions and direct chats come in from every room anyway.</source>
        <translation>Ruang yang setiap pesannya harus masuk, dengan id atau alias, dipisahkan koma. Mention dan obrolan langsung tetap masuk dari semua ruang.</translation>
    </message>
</context>
<context>
    <name>ReadingCommands</name>
    <message>
        <location filename="../../ui/reading_commands.py" line="48"/>
        <source>That did not work: %1</source>
        <translation>Tidak berhasil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="155"/>
        <source>Link not opened</source>
        <translation>Tautan tidak dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="156"/>
        <source>Serambi only opens web and mail links. This one is not:

%1</source>
        <translation>Serambi hanya membuka tautan web dan surel. Tautan ini bukan:

%1</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="159"/>
        <source>Open link?</source>
        <translation>Buka tautan?</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="160"/>
        <source>Open this address in your browser?

%1</source>
        <translation>Buka alamat ini di peramban Anda?

%1</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="190"/>
        <source>Open a conversation first.</source>
        <translation>Buka percakapan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="200"/>
        <source>Note added.</source>
        <translation>Catatan ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/reading_commands.py" line="200"/>
        <source>Reply queued.</source>
        <translation>Balasan masuk antrean.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../../ui/dashboard_export.py" line="54"/>
        <source>Community health report</source>
        <translation>Laporan kesehatan komunitas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="55"/>
        <source>%1 to %2, times in %3. %4</source>
        <translation>%1 sampai %2, waktu dalam %3. %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="61"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="62"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="63"/>
        <source>Assignee</source>
        <translation>Penerima tugas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="64"/>
        <source>Computed %1. First response: the first reply after a conversation opened or reopened. Reply time: from the first unanswered message to our reply. Resolution: from creation to done. Internal notes never count as replies.</source>
        <translation>Dihitung %1. Respons pertama: balasan pertama setelah percakapan dibuka atau dibuka kembali. Waktu balas: dari pesan pertama yang belum dijawab hingga balasan kita. Penyelesaian: dari dibuat hingga selesai. Catatan internal tidak pernah dihitung sebagai balasan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="73"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="73"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="73"/>
        <source>90th percentile</source>
        <translation>Persentil ke-90</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="74"/>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="74"/>
        <source>Median (business hours)</source>
        <translation>Median (jam kerja)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="75"/>
        <source>p90 (business hours)</source>
        <translation>p90 (jam kerja)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="75"/>
        <source>Samples</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="76"/>
        <location filename="../../ui/dashboard_export.py" line="90"/>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="78"/>
        <source>Reply time</source>
        <translation>Waktu balas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="79"/>
        <location filename="../../ui/dashboard_export.py" line="92"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="80"/>
        <source>Response rate: %1 of %2 openings answered (%3).</source>
        <translation>Tingkat respons: %1 dari %2 pembukaan terjawab (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="83"/>
        <source>Response times</source>
        <translation>Waktu respons</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="87"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="87"/>
        <source>Hit</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="87"/>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="87"/>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="88"/>
        <source>Hit rate</source>
        <translation>Tingkat pemenuhan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="91"/>
        <source>Next reply</source>
        <translation>Balasan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="93"/>
        <source>Service levels</source>
        <translation>Tingkat layanan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="97"/>
        <source>%1 conversation(s) not done; %2 waiting on our reply (%3 without any reply yet); the oldest has waited %4. %5 overdue, %6 due soon.</source>
        <translation>%1 percakapan belum selesai; %2 menunggu balasan kita (%3 belum dibalas sama sekali); yang terlama sudah menunggu %4. %5 terlambat, %6 segera jatuh tempo.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="103"/>
        <source>Now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="106"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="106"/>
        <source>Inbound</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="106"/>
        <source>Our replies</source>
        <translation>Balasan kita</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="107"/>
        <source>New conversations</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="107"/>
        <source>First response, median (business hours)</source>
        <translation>Respons pertama, median (jam kerja)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="110"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="115"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="115"/>
        <source>First response, median</source>
        <translation>Respons pertama, median</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="116"/>
        <source>First response, p90</source>
        <translation>Respons pertama, p90</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="116"/>
        <source>Reply, median</source>
        <translation>Balasan, median</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="117"/>
        <source>Resolution, median</source>
        <translation>Penyelesaian, median</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="117"/>
        <source>SLA hit</source>
        <translation>SLA terpenuhi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_export.py" line="118"/>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../ui/rule_editor.py" line="53"/>
        <source>Rule editor</source>
        <translation>Penyunting aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="58"/>
        <source>Rule name</source>
        <translation>Nama aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="59"/>
        <source>e.g. Refund requests to billing</source>
        <translation>mis. Permintaan refund ke tim penagihan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="61"/>
        <source>Conditions and actions</source>
        <translation>Kondisi dan tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="62"/>
        <source>When a message…</source>
        <translation>Jika pesan…</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="63"/>
        <source>Then…</source>
        <translation>Maka…</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="67"/>
        <source>Rule problem</source>
        <translation>Masalah aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="70"/>
        <source>Save rule</source>
        <translation>Simpan aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="71"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="72"/>
        <source>Dry run this draft</source>
        <translation>Uji coba draf ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="73"/>
        <source>Save this rule</source>
        <translation>Simpan aturan ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="74"/>
        <source>Discard the changes to this rule</source>
        <translation>Buang perubahan pada aturan ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="75"/>
        <source>Show what this draft would have done</source>
        <translation>Tampilkan yang akan dilakukan draf ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="83"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="95"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="96"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="97"/>
        <source>On platforms</source>
        <translation>Di platform</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="98"/>
        <source>On accounts</source>
        <translation>Di akun</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="103"/>
        <source>words or phrases, separated by commas</source>
        <translation>kata atau frasa, dipisahkan koma</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="106"/>
        <source>Sentiment</source>
        <translation>Sentimen</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="109"/>
        <source>Intent</source>
        <translation>Maksud</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="112"/>
        <source>Sounds</source>
        <translation>Nadanya</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="113"/>
        <source>Is a</source>
        <translation>Berupa</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="118"/>
        <source>Either</source>
        <translation>Apa saja</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="118"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="119"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="124"/>
        <source>Only what you fill in is checked; ticking nothing means any.</source>
        <translation>Hanya yang Anda isi yang diperiksa; tanpa centang berarti semua.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="132"/>
        <source>Conditions</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="136"/>
        <location filename="../../ui/rule_editor.py" line="138"/>
        <source>Only at certain hours</source>
        <translation>Hanya pada jam tertentu</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="140"/>
        <location filename="../../ui/rule_editor.py" line="166"/>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="144"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="144"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="152"/>
        <location filename="../../ui/rule_editor.py" line="168"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="158"/>
        <location filename="../../ui/rule_editor.py" line="159"/>
        <source>Outside these hours instead</source>
        <translation>Sebaliknya, di luar jam ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="161"/>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="161"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="167"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="175"/>
        <source>Add action</source>
        <translation>Tambah tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="176"/>
        <source>Add an action</source>
        <translation>Tambahkan tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="178"/>
        <source>Stop after this rule: later rules do not look at a message this one matched</source>
        <translation>Berhenti setelah aturan ini: aturan berikutnya tidak memeriksa pesan yang cocok dengan aturan ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="180"/>
        <source>Stop after this rule</source>
        <translation>Berhenti setelah aturan ini</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="182"/>
        <source>Actions run in this order, once per conversation.</source>
        <translation>Tindakan dijalankan dalam urutan ini, sekali per percakapan.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="297"/>
        <source>Give the rule a name.</source>
        <translation>Beri nama aturan ini.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_editor.py" line="308"/>
        <source>This rule cannot be used yet: %1</source>
        <translation>Aturan ini belum dapat digunakan: %1</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <location filename="../../ui/rule_words.py" line="43"/>
        <source>every message</source>
        <translation>setiap pesan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="48"/>
        <location filename="../../ui/rule_words.py" line="52"/>
        <source>on %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="48"/>
        <source>says any of: %1</source>
        <translation>menyebut salah satu dari: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="49"/>
        <source>says all of: %1</source>
        <translation>menyebut semua dari: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="49"/>
        <source>says none of: %1</source>
        <translation>tidak menyebut satu pun dari: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="50"/>
        <source>member tagged: %1</source>
        <translation>anggota bertag: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="56"/>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="58"/>
        <source>heated</source>
        <translation>memanas</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="58"/>
        <source>not heated</source>
        <translation>tidak memanas</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="59"/>
        <source>direct message</source>
        <translation>pesan langsung</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="59"/>
        <source>public message</source>
        <translation>pesan publik</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="60"/>
        <source>from a VIP</source>
        <translation>dari VIP</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="60"/>
        <source>not from a VIP</source>
        <translation>bukan dari VIP</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="61"/>
        <source>new member</source>
        <translation>anggota baru</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="61"/>
        <source>not a new member</source>
        <translation>bukan anggota baru</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="71"/>
        <source>every day</source>
        <translation>setiap hari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="72"/>
        <source>%1 %2–%3 (%4)</source>
        <translation>%1 %2–%3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="74"/>
        <source>outside %1</source>
        <translation>di luar %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="81"/>
        <source>escalate to %1 (%2)</source>
        <translation>eskalasikan ke %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="83"/>
        <source>send ;%1 without asking</source>
        <translation>kirim ;%1 tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="84"/>
        <source>suggest ;%1 (sending is not approved)</source>
        <translation>sarankan ;%1 (pengiriman belum disetujui)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="85"/>
        <source>tag #%1</source>
        <translation>tag #%1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="85"/>
        <source>assign to %1</source>
        <translation>tugaskan ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="86"/>
        <source>escalate to %1</source>
        <translation>eskalasikan ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="86"/>
        <source>snooze %1 min</source>
        <translation>tunda %1 mnt</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="87"/>
        <source>hide on the platform</source>
        <translation>sembunyikan di platform</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="87"/>
        <source>suggest ;%1</source>
        <translation>sarankan ;%1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="88"/>
        <source>notify: %1</source>
        <translation>beri tahu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_words.py" line="88"/>
        <source>priority %1</source>
        <translation>prioritas %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../ui/rule_parts.py" line="30"/>
        <source>Says any of</source>
        <translation>Menyebut salah satu dari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="31"/>
        <source>Says all of</source>
        <translation>Menyebut semua dari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="32"/>
        <source>Says none of</source>
        <translation>Tidak menyebut satu pun dari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="33"/>
        <source>Member tagged any of</source>
        <translation>Anggota bertag salah satu dari</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="36"/>
        <source>Heated</source>
        <translation>Memanas</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="37"/>
        <source>Direct message</source>
        <translation>Pesan langsung</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="38"/>
        <source>From a VIP</source>
        <translation>Dari VIP</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="39"/>
        <source>First message of a new member</source>
        <translation>Pesan pertama anggota baru</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="43"/>
        <source>Tag the conversation</source>
        <translation>Beri tag percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="44"/>
        <source>Set the priority</source>
        <translation>Atur prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="45"/>
        <source>Assign to</source>
        <translation>Tugaskan ke</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="46"/>
        <source>Escalate to</source>
        <translation>Eskalasikan ke</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="47"/>
        <source>Snooze for</source>
        <translation>Tunda selama</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="48"/>
        <source>Hide on the platform</source>
        <translation>Sembunyikan di platform</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="49"/>
        <source>Suggest a canned response</source>
        <translation>Sarankan balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="50"/>
        <source>Send a canned response</source>
        <translation>Kirim balasan siap pakai</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="51"/>
        <source>Notify me</source>
        <translation>Beri tahu saya</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="54"/>
        <source>tag name</source>
        <translation>nama tag</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="55"/>
        <source>team member</source>
        <translation>rekan tim</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="56"/>
        <source>who takes it over</source>
        <translation>siapa yang mengambil alih</translation>
    </message>
    <message>
        <location filename="../../ui/rule_parts.py" line="57"/>
        <source>what to tell you</source>
        <translation>apa yang perlu diberitahukan</translation>
    </message>
</context>
<context>
    <name>RulesWindow</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="50"/>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="51"/>
        <source>Auto-triage rules</source>
        <translation>Aturan triase otomatis</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="57"/>
        <source>Rules, in the order they run</source>
        <translation>Aturan, sesuai urutan dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="66"/>
        <source>Rules status</source>
        <translation>Status aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="80"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="80"/>
        <source>Add a rule</source>
        <translation>Tambah aturan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="81"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="81"/>
        <source>Edit the selected rule</source>
        <translation>Sunting aturan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="82"/>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="82"/>
        <source>Remove the selected rule</source>
        <translation>Hapus aturan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="83"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="83"/>
        <source>Run the selected rule earlier</source>
        <translation>Jalankan aturan yang dipilih lebih awal</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="85"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="85"/>
        <source>Run the selected rule later</source>
        <translation>Jalankan aturan yang dipilih lebih akhir</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="87"/>
        <source>Dry run</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="88"/>
        <source>Show what the selected rule, or all rules that are on, would have done</source>
        <translation>Tampilkan yang akan dilakukan aturan yang dipilih, atau semua aturan yang aktif</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="99"/>
        <source>Rules run in this order on every new message. Untick a rule to turn it off.</source>
        <translation>Aturan dijalankan dalam urutan ini pada setiap pesan baru. Hapus centang aturan untuk menonaktifkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="161"/>
        <source>No rules yet: press Add… to write the first.</source>
        <translation>Belum ada aturan: tekan Tambah… untuk menulis yang pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="191"/>
        <source>That did not work: %1</source>
        <translation>Tidak berhasil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="200"/>
        <source>Rule turned on.</source>
        <translation>Aturan diaktifkan.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="200"/>
        <source>Rule turned off.</source>
        <translation>Aturan dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="209"/>
        <source>Order saved.</source>
        <translation>Urutan disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="215"/>
        <source>Remove rule?</source>
        <translation>Hapus aturan?</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="216"/>
        <source>Remove the rule “%1”? What it already did stays done.</source>
        <translation>Hapus aturan “%1”? Yang sudah dilakukannya tetap berlaku.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="224"/>
        <source>Rule removed.</source>
        <translation>Aturan dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="247"/>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="248"/>
        <source>The rule being edited has changes that are not saved. Discard them?</source>
        <translation>Aturan yang sedang disunting punya perubahan yang belum disimpan. Buang perubahan itu?</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="284"/>
        <source>Rule saved.</source>
        <translation>Aturan disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="289"/>
        <source>What “%1” would have done</source>
        <translation>Yang akan dilakukan “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="290"/>
        <source>What the rules that are on would have done</source>
        <translation>Yang akan dilakukan aturan yang aktif</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="301"/>
        <source>What this draft would have done</source>
        <translation>Yang akan dilakukan draf ini</translation>
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
        <location filename="../../ui/sidebar.py" line="30"/>
        <location filename="../../ui/sidebar.py" line="39"/>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="33"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="33"/>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="34"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="34"/>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="35"/>
        <source>Waiting longest</source>
        <translation>Menunggu terlama</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="35"/>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="36"/>
        <source>Breaching soon</source>
        <translation>Hampir terlambat</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="37"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="40"/>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="42"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="44"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="128"/>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="148"/>
        <source>Rename saved search…</source>
        <translation>Ganti nama pencarian tersimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="149"/>
        <source>Remove saved search</source>
        <translation>Hapus pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="150"/>
        <source>Save search as view…</source>
        <translation>Simpan pencarian sebagai tampilan…</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="43"/>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="44"/>
        <source>Snooze until a date</source>
        <translation>Tunda sampai tanggal tertentu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
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
        <location filename="../../ui/thread_view.py" line="63"/>
        <source>Conversation thread</source>
        <translation>Utas percakapan</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="107"/>
        <source>Select a conversation to read it here.</source>
        <translation>Pilih percakapan untuk membacanya di sini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/thread_view.py" line="119"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Tampilkan %n pesan sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="137"/>
        <source>priority: %1</source>
        <translation>prioritas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="140"/>
        <source>assigned to %1</source>
        <translation>ditugaskan ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="145"/>
        <source>Escalated to %1: %2</source>
        <translation>Dieskalasi ke %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="155"/>
        <source>Tone: %1 · About: %2</source>
        <translation>Nada: %1 · Maksud: %2</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="160"/>
        <source>from: %1</source>
        <translation>dari: %1</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="163"/>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/thread_view.py" line="167"/>
        <source>Heated thread: %n heated message(s); consider stepping in or escalating.</source>
        <translation>
            <numerusform>Utas memanas: %n pesan memanas; pertimbangkan untuk turun tangan atau mengeskalasikannya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="173"/>
        <source>Our reply</source>
        <translation>Balasan kita</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="174"/>
        <source>Internal note (not sent)</source>
        <translation>Catatan internal (tidak dikirim)</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="175"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="178"/>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="180"/>
        <source>deleted on the platform</source>
        <translation>dihapus di platform</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="182"/>
        <source>open original</source>
        <translation>buka aslinya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/thread_view.py" line="187"/>
        <source>… %n more character(s) not shown here; the original and an export have them all.</source>
        <translation>
            <numerusform>… %n karakter lagi tidak ditampilkan di sini; pesan asli dan hasil ekspor memuat semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="193"/>
        <source>Queued — sent as soon as the platform can be reached</source>
        <translation>Dalam antrean — dikirim begitu platform dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="194"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="195"/>
        <source>Failed to send</source>
        <translation>Gagal dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="196"/>
        <source>Not sure it was posted</source>
        <translation>Belum pasti sudah terkirim</translation>
    </message>
    <message>
        <location filename="../../ui/thread_view.py" line="209"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="28"/>
        <source>Show the inbox</source>
        <translation>Tampilkan kotak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="29"/>
        <source>Quit Serambi</source>
        <translation>Keluar dari Serambi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="44"/>
        <source>Serambi: %n conversation(s) waiting</source>
        <translation>
            <numerusform>Serambi: %n percakapan menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="53"/>
        <source>%n new in %1</source>
        <translation>
            <numerusform>%n baru di %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56"/>
        <source>New conversations</source>
        <translation>Percakapan baru</translation>
    </message>
</context>
<context>
    <name>TriageCommands</name>
    <message>
        <location filename="../../ui/triage_commands.py" line="37"/>
        <source>Select a conversation first.</source>
        <translation>Pilih percakapan terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="50"/>
        <source>Marked %n conversation(s) done.</source>
        <translation>
            <numerusform>%n percakapan ditandai selesai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="68"/>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="69"/>
        <source>For 1 hour</source>
        <translation>Selama 1 jam</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="69"/>
        <source>Until tomorrow 9:00</source>
        <translation>Sampai besok pukul 9.00</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="70"/>
        <source>Until next week (Monday 9:00)</source>
        <translation>Sampai minggu depan (Senin pukul 9.00)</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="76"/>
        <source>Pick a date…</source>
        <translation>Pilih tanggal…</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="95"/>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="96"/>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="96"/>
        <source>Assign to:</source>
        <translation>Tugaskan ke:</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="111"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="111"/>
        <source>Tag (start with - to remove it):</source>
        <translation>Tag (awali dengan - untuk menghapusnya):</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="121"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="121"/>
        <source>Priority:</source>
        <translation>Prioritas:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="143"/>
        <source>Close the topic of %n conversation(s) to new replies on the platform?</source>
        <translation>
            <numerusform>Tutup topik %n percakapan untuk balasan baru di platform?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="156"/>
        <source>The platform of this conversation cannot do that.</source>
        <translation>Platform percakapan ini tidak bisa melakukannya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="140"/>
        <source>Delete the latest message of %n conversation(s) on the platform? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus pesan terbaru dari %n percakapan di platform? Ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="142"/>
        <source>Block the members of %n conversation(s) on the platform?</source>
        <translation>
            <numerusform>Blokir anggota dari %n percakapan di platform?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="146"/>
        <source>Are you sure?</source>
        <translation>Anda yakin?</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="160"/>
        <source>Moderation</source>
        <translation>Moderasi</translation>
    </message>
    <message>
        <location filename="../../ui/triage_commands.py" line="161"/>
        <source>Why? (the platform may show this to its moderators or to the member)</source>
        <translation>Mengapa? (platform dapat menampilkan ini kepada moderatornya atau kepada anggota tersebut)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_commands.py" line="170"/>
        <source>%n conversation(s) skipped: their platform cannot do that.</source>
        <translation>
            <numerusform>%n percakapan dilewati: platformnya tidak bisa melakukannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>The demo community opens in a window of its own.</source>
        <translation>Komunitas demo dibuka di jendelanya sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="138"/>
        <source>The demo community could not be started.</source>
        <translation>Komunitas demo tidak dapat dijalankan.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="30"/>
        <location filename="../../ui/welcome.py" line="31"/>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Welcome to Serambi</source>
        <translation>Selamat datang di Serambi</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="35"/>
        <source>Serambi brings the mentions, replies and messages of every platform your community lives on into one inbox, kept on this computer.</source>
        <translation>Serambi menyatukan sebutan, balasan, dan pesan dari setiap platform tempat komunitas Anda berada ke dalam satu kotak masuk yang tersimpan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="38"/>
        <source>Look around the demo community first, or add the first account you look after.</source>
        <translation>Jelajahi komunitas demo terlebih dahulu, atau tambahkan akun pertama yang Anda kelola.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>Explore the demo community</source>
        <translation>Jelajahi komunitas demo</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="45"/>
        <source>A made-up community in a window of its own: nothing you do there leaves this computer.</source>
        <translation>Komunitas rekaan di jendelanya sendiri: tidak ada yang Anda lakukan di sana keluar dari komputer ini.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Add an account…</source>
        <translation>Tambah akun…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="48"/>
        <source>Its password or token is kept in your system keyring, never in the inbox.</source>
        <translation>Kata sandi atau tokennya disimpan di keyring sistem Anda, tidak pernah di kotak masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Close the welcome</source>
        <translation>Tutup sambutan</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="61"/>
        <source>Serambi icon</source>
        <translation>Ikon Serambi</translation>
    </message>
</context>
<context>
    <name>tree</name>
    <message>
        <location filename="../../ui/sidebar.py" line="175"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
</context>
</TS>
