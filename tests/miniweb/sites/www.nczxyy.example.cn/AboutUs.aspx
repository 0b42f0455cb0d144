<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	医院概况-南充市中心医院
</title><link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="form1" method="post" action="AboutUs.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgQYtSQtlq4xhkYKNubjeQpXHp4lYcQ3rcHT9j9ZOaeXbxi1JC2WrjGGRgo25uN5ClceniVhxDetwdP2P1k5p5dvGLUkLZauMYZGCjbm43kKVx6eJWHEN63B0/Y" />
</div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="topbar"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td align="left">&nbsp;今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
      <td align="right"><a href="Default.aspx">网站首页</a> | <a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.nczxyy.example.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.nczxyy.example.cn','南充市中心医院')">加入收藏</a>&nbsp;</td>
    </tr></table></td>
  </tr>
  <tr><td height="120" background="images/top_bg.jpg"><img src="images/logo.gif" width="520" height="90" alt="南充市中心医院 川北医学院第二临床医学院" /></td></tr>
  <tr>
    <td height="40" class="nav"><table border="0" align="center" cellpadding="0" cellspacing="0"><tr>
      <td width="100" align="center"><a href="Default.aspx">首　页</a></td>
      <td width="100" align="center"><a href="AboutUs.aspx">医院概况</a></td>
      <td width="100" align="center"><a href="NewsList.aspx?cid=2">医院新闻</a></td>
      <td width="100" align="center"><a href="NewsList.aspx?cid=7">医改动态</a></td>
      <td width="100" align="center"><a href="javascript:;">科室介绍</a></td>
      <td width="100" align="center"><a href="javascript:;">专家介绍</a></td>
      <td width="100" align="center"><a href="javascript:;">就医指南</a></td>
      <td width="100" align="center"><a href="javascript:;">护理园地</a></td>
      <td width="100" align="center"><a href="javascript:;">党建文化</a></td>
    </tr></table></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
    <td width="240" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" background="images/left_title.jpg" class="left_title">新闻中心</td></tr>
        <tr><td class="left_menu"><a href="NewsList.aspx?cid=2">医院新闻</a></td></tr>
        <tr><td class="left_menu"><a href="NewsList.aspx?cid=7">医改动态</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px;">
        <tr><td height="36" background="images/left_title.jpg" class="left_title">热点新闻</td></tr>
        <tr><td><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
          <tr><td height="26" class="hot_td"><img src="images/dot2.gif" width="5" height="5" /> <a href="NewsShow.aspx?id=1972" target="_blank" title="南充市中心医院互联网医院正式上线运行">南充市中心医院互联网医院正式上线…</a></td></tr>
          <tr><td height="26" class="hot_td"><img src="images/dot2.gif" width="5" height="5" /> <a href="NewsShow.aspx?id=1941" target="_blank" title="全省紧密型城市医疗集团建设推进会在南充召开">全省紧密型城市医疗集团建设推进会…</a></td></tr>
          <tr><td height="26" class="hot_td"><img src="images/dot2.gif" width="5" height="5" /> <a href="NewsShow.aspx?id=1871" target="_blank" title="我院开展联合国糖尿病日大型义诊活动">我院开展联合国糖尿病日大型义诊活…</a></td></tr>
          <tr><td height="26" class="hot_td"><img src="images/dot2.gif" width="5" height="5" /> <a href="NewsShow.aspx?id=1817" target="_blank" title="川东北神经介入专科联盟在我院成立">川东北神经介入专科联盟在我院成立</a></td></tr>
          <tr><td height="26" class="hot_td"><img src="images/dot2.gif" width="5" height="5" /> <a href="NewsShow.aspx?id=1806" target="_blank" title="我院举办2023年新职工岗前培训">我院举办2023年新职工岗前培训</a></td></tr>
          <tr><td height="26" class="hot_td"><img src="images/dot2.gif" width="5" height="5" /> <a href="NewsShow.aspx?id=1779" target="_blank" title="我院医联体巡回医疗队走进嘉陵区">我院医联体巡回医疗队走进嘉陵区</a></td></tr>
        </table></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px;">
        <tr><td height="36" background="images/left_title.jpg" class="left_title">联系我们</td></tr>
        <tr><td class="contact">地址：南充市顺庆区人民南路97号<br />电话：0817-2258000<br />急救：0817-2222120</td></tr>
      </table>
    </td>

    <td width="10"></td>
    <td valign="top" style="padding:15px;">
      <p>南充市中心医院（川北医学院第二临床医学院）始建于1931年，是一所集医疗、教学、科研、预防、保健、康复为一体的三级甲等综合医院，是川东北区域医疗中心。</p>
      <p>医院编制床位2600张，设临床科室48个、医技科室12个。</p>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td height="8"></td></tr>
  <tr><td align="center" height="24">Copyright &copy; 2012-2024 南充市中心医院 版权所有　地址：四川省南充市顺庆区人民南路97号　邮编：637000</td></tr>
  <tr><td align="center" height="24">咨询电话：0817-2258000　急救电话：0817-2222120　<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备05002618号</a>　技术支持：南充某某网络科技有限公司</td></tr>
</table>
</form>
</body>
</html>
