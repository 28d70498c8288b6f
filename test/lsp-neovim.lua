-- A real editor on plainlint's language server: Neovim's built-in LSP client (0.7 and later),
-- headless. test/lsp-neovim.test.ts starts it as:
--   nvim --headless --clean -u test/lsp-neovim.lua
-- with PLAINLINT_NODE, PLAINLINT_BIN, PLAINLINT_FILE (the draft) and PLAINLINT_OUT set. It attaches the server to the
-- markdown buffer, waits for diagnostics, applies the quick fix through vim.lsp.buf.code_action
-- (picking it by title, as a writer would in the menu) and writes what it saw to PLAINLINT_OUT.
local out = {}
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.PLAINLINT_OUT)
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PLAINLINT_FILE))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'plainlint',
    cmd = { vim.env.PLAINLINT_NODE, vim.env.PLAINLINT_BIN, 'lsp', '--stdio' },
    root_dir = vim.fn.getcwd(),
    settings = { plainlint = { preset = 'nhs' } },
  })
  vim.lsp.buf_attach_client(buf, client_id)
  out.filetype = vim.bo[buf].filetype

  vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, code = (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or d.code,
      message = d.message,
    })
  end

  -- Put the cursor on the word to fix, then ask for code actions and pick the fix by its title.
  local target = vim.env.PLAINLINT_FIX_WORD
  local wanted = vim.env.PLAINLINT_FIX_TITLE
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
    if line:sub(d.col + 1, d.end_col) == target then
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
      break
    end
  end
  out.cursor = vim.api.nvim_win_get_cursor(0)
  -- Hover on the word, as K (vim.lsp.buf.hover) asks for it.
  local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000) or {}
  for _, reply in pairs(hovers) do
    if reply.result and reply.result.contents then out.hover = reply.result.contents.value end
  end
  out.offered = {}
  vim.ui.select = function(items, _, on_choice)
    local chosen
    for i, item in ipairs(items) do
      table.insert(out.offered, item[2].title)
      if item[2].title == wanted and not chosen then chosen = i end
    end
    if chosen then on_choice(items[chosen], chosen) else on_choice(nil) end
  end
  local before = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  vim.lsp.buf.code_action()
  vim.wait(10000, function()
    return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') ~= before
  end, 20)
  out.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')

  -- After the edit the server checks the buffer again: the fixed finding's rule has nothing left to say.
  local code_of = function(d) return (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or d.code end
  vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == vim.env.PLAINLINT_FIX_CODE then return false end
    end
    return true
  end, 20)
  out.after = #vim.diagnostic.get(buf)
  out.after_codes = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.after_codes, code_of(d))
  end
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  out.stopped = vim.lsp.get_client_by_id(client_id) == nil
end)
if not ok then out.error = tostring(err) end
finish()
